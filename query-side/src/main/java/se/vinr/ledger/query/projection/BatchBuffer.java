package se.vinr.ledger.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a projection collects while its processor hands it a batch of events, written in one go when the batch's unit
 * of work prepares its commit, inside the batch's transaction: a replay of a million events then costs a few JDBC
 * batches per hundred events instead of some statements per event. A failed write fails the batch, which the processor
 * tries again from its last token. Outside a unit of work each item is written at once.
 * <p>
 * Only for writes that no handler of the same batch reads back: the buffer is written after the batch's last handler.
 */
public final class BatchBuffer {

    private BatchBuffer() {
    }

    /** Adds {@code item} to the current batch's buffer {@code key}; {@code write} gets the buffer, in order, once. */
    public static <T> void add(String key, T item, Consumer<List<T>> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            write.accept(List.of(item));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<T> items = unitOfWork.getOrComputeResource(key, name -> {
            List<T> buffer = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> write.accept(buffer));
            return buffer;
        });
        items.add(item);
    }
}
