package io.asyncmysql.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A business operation written as plain, unmodified JDBC: nothing in it knows that the connection
 * underneath is asynchronous. On a virtual thread each call parks instead of blocking.
 */
final class Inventory {
  private final DataSource dataSource;

  Inventory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Takes one item of a product out of stock, in a transaction.
   * @param productId the product
   * @return the quantity left
   * @throws SQLException when the product is unknown or out of stock, or the database fails
   */
  int takeOne(int productId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int quantity;
      try (PreparedStatement read = c.prepareStatement("SELECT quantity FROM demo_stock WHERE product_id = ? FOR UPDATE")) {
        read.setInt(1, productId);
        try (ResultSet rs = read.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("product: " + productId + " (expected: a product in stock)");
          }
          quantity = rs.getInt(1);
        }
      }
      if (quantity == 0) {
        throw new SQLException("product " + productId + ": out of stock");
      }
      try (PreparedStatement write = c.prepareStatement("UPDATE demo_stock SET quantity = ? WHERE product_id = ?")) {
        write.setInt(1, quantity - 1);
        write.setInt(2, productId);
        write.executeUpdate();
      }
      c.commit();
      return quantity - 1;
    }
  }
}
