-- Typo tolerance: a query word matches when 45% of its trigrams are found
-- (the default, 60%, misses "headphnes" for "headphones").
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.45', current_database());
END
$$;
