package io.asyncmysql.examples;

/** A row of the TechEmpower benchmark's {@code Fortune} table. */
public record Fortune(int id, String message) {}
