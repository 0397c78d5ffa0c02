-- Loads a ledger CSV into table tx (run.sh replaces @LEDGER@).
DROP TABLE IF EXISTS tx;
CREATE TABLE tx (id text, payer text, payee text, amount numeric, currency text, ts timestamptz);
\copy tx FROM '@LEDGER@' WITH (FORMAT csv, HEADER true)
CREATE INDEX tx_out ON tx (payer, currency, ts);
ANALYZE tx;
