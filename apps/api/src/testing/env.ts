// Test runs are quiet and deterministic about secrets; each suite still gets its own database.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
