package vn.gov.pressinfo.pressresponse.deadline;

import java.util.function.IntUnaryOperator;

/**
 * How the deadline scans of this service run: one transaction per batch, batch after batch while batches come back full,
 * at most {@code maxBatches} per run (what is left waits for the next run), so a backlog after an outage neither makes one
 * huge transaction nor an endless loop.
 */
public final class BatchedScan {

    private BatchedScan() {
    }

    /**
     * @param batch handles up to the given number of items in one transaction and returns how many it handled
     * @return how many items the run handled
     */
    public static int run(IntUnaryOperator batch, int batchSize, int maxBatches) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int handled = batch.applyAsInt(batchSize);
            total += handled;
            if (handled < batchSize) {
                break;
            }
        }
        return total;
    }
}
