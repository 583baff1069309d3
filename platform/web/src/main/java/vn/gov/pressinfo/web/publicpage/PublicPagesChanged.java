package vn.gov.pressinfo.web.publicpage;

/**
 * CDI event: fired in a transaction that changes what the pages of {@code family} show. {@link PublicPageCache} drops the
 * family's pages once that transaction commits ({@code TransactionPhase.AFTER_SUCCESS}); a rollback keeps them.
 *
 * @param family the page family, as passed to {@link PublicPageCache#get}
 */
public record PublicPagesChanged(String family) {
}
