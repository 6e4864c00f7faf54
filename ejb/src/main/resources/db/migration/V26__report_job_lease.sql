-- Report jobs in a cluster: the node running a job holds a lease on it (lease_owner, lease_until) and renews it while
-- it runs; a RUNNING job whose lease ran out (its node died) is queued again by a surviving node, at most a few times
-- (attempts counts the runs started).
ALTER TABLE report_job ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE report_job ADD COLUMN lease_until DATETIME(6);
ALTER TABLE report_job ADD COLUMN attempts INT NOT NULL DEFAULT 0;
