-- Most Chinese names have two or three characters, so a search is often for one or two. Trigrams do not serve those
-- (pg_trgm pads only word edges), and at district scale a two-character search became a sequential scan. The
-- single characters and pairs of a name, in a GIN expression index, serve them: a part of one or two characters
-- occurs in a name exactly when it is one of its characters or pairs. Three or more characters use the trigram index.
CREATE FUNCTION member_name_grams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT substr(name, i, 1) AS g FROM generate_series(1, char_length(name)) i
        UNION
        SELECT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) i) grams
$$;
CREATE INDEX member_name_grams ON member USING gin (member_name_grams(name));
-- called from HQL; inlined by the planner into the indexed expression
CREATE FUNCTION member_name_has(name text, part text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT member_name_grams(name) @> ARRAY[part]
$$;
