package vn.thidua.ledger.app.demo;

/** A demo request was not answered 201: which step, and what the API said (status and problem detail). */
public class DemoStepFailed extends RuntimeException {

    public DemoStepFailed(int index, int total, DemoStep step, String answer, Throwable cause) {
        super("step " + index + "/" + total + " " + step + " failed: " + answer, cause);
    }
}
