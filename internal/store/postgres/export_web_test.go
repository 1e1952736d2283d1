package postgres

// FreshSchema gives the tests of package postgres_test (web_test.go, which
// imports packages that package postgres's own tests could not without an
// import cycle) an empty schema of the test database.
var FreshSchema = freshSchema
