-- Points held before the ledger existed become its opening rows (before the trigger, so they are not added twice).
INSERT INTO points_ledger (user_id, kind, points, reason)
SELECT id, 'adjusted', loyalty_points, 'Opening balance' FROM users WHERE loyalty_points <> 0;
--> statement-breakpoint
-- The points balance follows the points ledger: each row adds its (signed) points to
-- users.loyalty_points, whose CHECK (>= 0) refuses a row that would overdraw it
-- (the UPDATE also locks the user's row, so concurrent redemptions are serialised).
CREATE OR REPLACE FUNCTION points_ledger_apply() RETURNS trigger AS $$
BEGIN
  UPDATE users SET loyalty_points = loyalty_points + NEW.points WHERE id = NEW.user_id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER points_ledger_apply
AFTER INSERT ON points_ledger
FOR EACH ROW EXECUTE FUNCTION points_ledger_apply();
--> statement-breakpoint
INSERT INTO loyalty_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
INSERT INTO member_tiers (name, min_spend, percent_off, free_shipping) VALUES
  ('Member', 0, 0, false),
  ('Silver', 50000, 0, true),
  ('Gold', 150000, 5, true)
ON CONFLICT DO NOTHING;
