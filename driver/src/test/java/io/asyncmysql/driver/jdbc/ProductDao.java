package io.asyncmysql.driver.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** A plain JDBC DAO, written as for any driver. */
final class ProductDao {
  record Product(long id, String name, BigDecimal price) {}

  private final Connection connection;

  ProductDao(Connection connection) {
    this.connection = connection;
  }

  void createTable() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE product (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE, price DECIMAL(10,2))");
    }
  }

  long insert(String name, BigDecimal price) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO product (name, price) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setBigDecimal(2, price);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  Optional<Product> find(long id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, name, price FROM product WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Product(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("price"))) : Optional.empty();
      }
    }
  }

  int updatePrice(long id, BigDecimal price) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE product SET price = ? WHERE id = ?")) {
      ps.setBigDecimal(1, price);
      ps.setLong(2, id);
      return ps.executeUpdate();
    }
  }

  int delete(long id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM product WHERE id = ?")) {
      ps.setLong(1, id);
      return ps.executeUpdate();
    }
  }

  int count() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM product")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
