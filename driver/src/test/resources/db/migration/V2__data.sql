INSERT INTO book (title, pages) VALUES ('Dune', 412);
INSERT INTO book (title, pages) VALUES ('Emma', 474);
