/** The run's last step: findings.csv, rejects.csv, the firm summary and run-summary.json. */
package io.taxrecon.batch.outputs;
