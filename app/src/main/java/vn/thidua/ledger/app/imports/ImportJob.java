package vn.thidua.ledger.app.imports;

import java.time.Instant;

/**
 * Một lần nhập sổ Excel (one import of a workbook) and how far it got: readable while it runs.
 *
 * @param total   the commands the import sends (every fact of the year, YearCommands)
 * @param done    the facts recorded so far (a transcribed register records many pledges in one command)
 * @param failure why a RUNNING import stopped (FAILED): the workbook row and the ledger's refusal; null otherwise
 */
public record ImportJob(String importId, String fileName, String sha256, String principal, Status status, int total,
                        int done, Instant startedAt, Instant finishedAt, Failure failure) {

    /** RUNNING, DONE (every fact recorded) or FAILED (stopped at {@link #failure()}). */
    public enum Status { RUNNING, DONE, FAILED }

    /** Where the ledger refused a fact the workbook check let through, and why (the problem+json code). */
    public record Failure(String sheet, int row, String code, String message) {
    }

    ImportJob progressed(int facts) {
        return new ImportJob(importId, fileName, sha256, principal, status, total, done + facts, startedAt, null, null);
    }

    ImportJob finished(Instant at) {
        return new ImportJob(importId, fileName, sha256, principal, Status.DONE, total, done, startedAt, at, null);
    }

    ImportJob failed(Instant at, Failure why) {
        return new ImportJob(importId, fileName, sha256, principal, Status.FAILED, total, done, startedAt, at, why);
    }
}
