-- What has been paid, for the portfolio (by axis, action, instrument) and the realised leverage: sums of PAID
-- disbursements per agreement (and instrument). ix_disbursement_agreement finds the rows but holds no amount, so
-- each of them cost a read of the table row: with 1,000,000 disbursements (bench/, 100,000 dossiers) the portfolio
-- took 18 to 26 s and grew 25 to 39 times for 10 times the data. This index covers those sums (status, agreement,
-- instrument and amount in the index itself): about 2 s on the same data, index only (bench/README.md).
CREATE INDEX ix_disbursement_paid ON disbursement (status, agreement_id, instrument, amount);
