package io.asyncmysql.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The TechEmpower benchmark's fortunes: the twelve messages its {@code Fortune} table holds, and the
 * {@code /fortunes} page made from them.
 */
public final class FortunesPage {
  /** The messages of the stored fortunes, in id order from 1. */
  public static final List<String> STORED = List.of(
      "fortune: No such file or directory",
      "A computer scientist is someone who fixes things that aren't broken.",
      "After enough decimal points, nobody gives a damn.",
      "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
      "A computer program does what you tell it to do, not what you want it to do.",
      "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
      "Any program that runs right is obsolete.",
      "A list is only as strong as its weakest link. — Donald Knuth",
      "Feature: A bug with seniority.",
      "Computers make very fast, very accurate mistakes.",
      "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
      "フレームワークのベンチマーク");

  /** The fortune the page adds at request time. */
  public static final String ADDED = "Additional fortune added at request time.";

  private FortunesPage() {}

  /** The page: {@code stored} plus the added fortune, sorted by message, as an HTML table with every message escaped. */
  public static String render(List<Fortune> stored) {
    List<Fortune> fortunes = new ArrayList<>(stored.size() + 1);
    fortunes.addAll(stored);
    fortunes.add(new Fortune(0, ADDED));
    fortunes.sort(Comparator.comparing(Fortune::message));
    StringBuilder html = new StringBuilder(2048)
        .append("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
    for (Fortune f : fortunes) {
      html.append("<tr><td>").append(f.id()).append("</td><td>");
      escape(f.message(), html);
      html.append("</td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
  }
}
