package vn.gov.pressinfo.pressresponse.statement;

/** CDI event: a statement was recorded; the public feed drops what it rendered once the transaction commits. */
public record StatementsChanged() {
}
