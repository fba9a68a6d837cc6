/** Micrometer meters for the pool; needs the optional {@code micrometer-core} dependency. */
package io.asyncmysql.driver.micrometer;
