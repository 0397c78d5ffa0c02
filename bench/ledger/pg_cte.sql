-- Peer 3: every round trip with a recursive CTE (run.sh replaces @K@, @WINDOW_DAYS@, @TOLERANCE@).
-- A walk starts at each transaction and extends along the payee's later transactions in the
-- same currency, within the window and the tolerance band, never revisiting a party, and is
-- reported when it returns to its first payer.
WITH RECURSIVE walk(start_payer, first_amount, currency, first_ts, last_payee, last_ts, ids, parties, hops) AS (
    SELECT payer, amount, currency, ts, payee, ts, ARRAY[id], ARRAY[payer], 1
    FROM tx
  UNION ALL
    SELECT w.start_payer, w.first_amount, w.currency, w.first_ts, t.payee, t.ts,
           w.ids || t.id, w.parties || t.payer, w.hops + 1
    FROM walk w
    JOIN tx t ON t.payer = w.last_payee
             AND t.currency = w.currency
             AND t.ts > w.last_ts
             AND t.ts <= w.first_ts + make_interval(days => @WINDOW_DAYS@)
             AND abs(t.amount - w.first_amount) <= @TOLERANCE@ * w.first_amount
    WHERE w.hops < @K@
      AND w.last_payee <> w.start_payer
      AND (t.payee = w.start_payer OR NOT t.payee = ANY (w.parties))
)
SELECT array_to_string(ids, ' ')
FROM walk
WHERE last_payee = start_payer AND hops >= 2;
