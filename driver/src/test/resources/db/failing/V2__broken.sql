INSERT INTO ledger (id, amount) VALUES (1, 10);
INSERT INTO ledger (id, amount) VALUES (1, 20);
