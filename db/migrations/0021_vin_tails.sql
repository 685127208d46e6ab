-- Any tail of a VIN finds its customer (the last 8 printed on a service invoice, not only the
-- last 6): each VIN is also kept reversed behind '~' (core/SearchKeys.h), and a tail is a prefix
-- of that. VINs are 17 characters, so the reversal is written out portably for both engines.
INSERT INTO customer_search_keys(key, customer_id)
SELECT '~' || substr(vin, 17, 1) || substr(vin, 16, 1) || substr(vin, 15, 1) || substr(vin, 14, 1) || substr(vin, 13, 1)
           || substr(vin, 12, 1) || substr(vin, 11, 1) || substr(vin, 10, 1) || substr(vin, 9, 1) || substr(vin, 8, 1)
           || substr(vin, 7, 1) || substr(vin, 6, 1) || substr(vin, 5, 1) || substr(vin, 4, 1) || substr(vin, 3, 1)
           || substr(vin, 2, 1) || substr(vin, 1, 1),
       customer_id
  FROM vehicles
 WHERE deleted_at IS NULL AND length(vin) = 17
   AND customer_id IN (SELECT id FROM customers WHERE deleted_at IS NULL) -- not the erased or merged
ON CONFLICT DO NOTHING;
