-- Shared by every service (platform-web): the token buckets of the rate limits (Bucket4j's PostgreSQL
-- backend, select-for-update flavour). One row per caller and class, e.g. 'public:203.0.113.7' or
-- 'user:<token subject>'; state is Bucket4j's serialised bucket; expires_at (epoch milliseconds) is when
-- the bucket is full again, after which RateLimiter's cleaner deletes the row.
CREATE TABLE rate_limit_bucket (
    id          text PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
