-- Levier on MySQL 8 / MariaDB 10.11+: a dedicated database and a dedicated user that owns only that database.
-- The application never connects as root; only this set-up script does.
--
-- Run it as an administrator, choosing the names and the password in session variables first (so the password
-- never appears on a command line or in a file under version control), e.g.:
--
--   { printf "SET @levier_db='levier', @levier_user='levier', @levier_password='%s';\n" "$LEVIER_DB_PASSWORD";
--     cat config/mysql/create-database.sql; } | mariadb -uroot -p -h127.0.0.1
--
-- then start Levier with LEVIER_DB_URL=jdbc:mysql://127.0.0.1:3306/levier, LEVIER_DB_USER=levier and
-- LEVIER_DB_PASSWORD. The schema itself is created by Flyway when the application starts.
-- The test set-up (test.sh) runs this same script for the throw-away database levier_it.

SET @levier_db = COALESCE(@levier_db, 'levier');
SET @levier_user = COALESCE(@levier_user, 'levier');

SET @stmt = CONCAT('CREATE DATABASE IF NOT EXISTS `', REPLACE(@levier_db, '`', ''), '`',
                   ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
PREPARE create_db FROM @stmt;
EXECUTE create_db;
DEALLOCATE PREPARE create_db;

-- Connector/J over TCP arrives from 127.0.0.1; the command-line client over the socket from localhost.
SET @stmt = CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@levier_user), '@''127.0.0.1'' IDENTIFIED BY ',
                   QUOTE(@levier_password));
PREPARE create_user FROM @stmt;
EXECUTE create_user;
DEALLOCATE PREPARE create_user;

SET @stmt = CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@levier_user), '@''localhost'' IDENTIFIED BY ',
                   QUOTE(@levier_password));
PREPARE create_user FROM @stmt;
EXECUTE create_user;
DEALLOCATE PREPARE create_user;

-- Flyway creates and alters the tables: the user needs DDL on its own database, and nothing anywhere else.
SET @stmt = CONCAT('GRANT ALL PRIVILEGES ON `', REPLACE(@levier_db, '`', ''), '`.* TO ', QUOTE(@levier_user),
                   '@''127.0.0.1''');
PREPARE grant_db FROM @stmt;
EXECUTE grant_db;
DEALLOCATE PREPARE grant_db;

SET @stmt = CONCAT('GRANT ALL PRIVILEGES ON `', REPLACE(@levier_db, '`', ''), '`.* TO ', QUOTE(@levier_user),
                   '@''localhost''');
PREPARE grant_db FROM @stmt;
EXECUTE grant_db;
DEALLOCATE PREPARE grant_db;

-- The audit rows live in a second database, <db>_audit, where the application may only read and append: MySQL/MariaDB
-- privileges add up and cannot be withheld table by table from an account that holds ALL on its database, so the
-- audit rows cannot stay there. CREATE lets Flyway (migration V22, run by the application at start-up) create the
-- audit table and move the rows in; it gives no right to change or drop a row (an administrator may REVOKE it after).
SET @stmt = CONCAT('CREATE DATABASE IF NOT EXISTS `', REPLACE(@levier_db, '`', ''), '_audit`',
                   ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
PREPARE create_db FROM @stmt;
EXECUTE create_db;
DEALLOCATE PREPARE create_db;

SET @stmt = CONCAT('GRANT SELECT, INSERT, CREATE ON `', REPLACE(@levier_db, '`', ''), '_audit`.* TO ',
                   QUOTE(@levier_user), '@''127.0.0.1''');
PREPARE grant_db FROM @stmt;
EXECUTE grant_db;
DEALLOCATE PREPARE grant_db;

SET @stmt = CONCAT('GRANT SELECT, INSERT, CREATE ON `', REPLACE(@levier_db, '`', ''), '_audit`.* TO ',
                   QUOTE(@levier_user), '@''localhost''');
PREPARE grant_db FROM @stmt;
EXECUTE grant_db;
DEALLOCATE PREPARE grant_db;

SET @stmt = NULL, @levier_password = NULL;
FLUSH PRIVILEGES;
