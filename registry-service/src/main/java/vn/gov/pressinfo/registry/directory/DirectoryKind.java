package vn.gov.pressinfo.registry.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.Labelled;
import vn.gov.pressinfo.registry.spokesperson.SpokespersonKind;

/**
 * Who a person of the public directory is for their agency: the head (người đứng đầu), the appointed spokesperson
 * (người phát ngôn), both {@link SpokespersonKind}s, or a person authorized to speak on one matter (người được ủy quyền
 * phát ngôn).
 */
@Schema(name = "DirectoryKind", description = "HEAD: the head of the agency (Người đứng đầu), who speaks by default. APPOINTED: the "
        + "appointed spokesperson (Người phát ngôn). AUTHORIZED: a person authorized to speak on one matter (Người được ủy quyền "
        + "phát ngôn).")
public enum DirectoryKind implements Labelled {
    HEAD(SpokespersonKind.HEAD.label()),
    APPOINTED(SpokespersonKind.APPOINTED.label()),
    AUTHORIZED("Người được ủy quyền phát ngôn");

    private final String label;

    DirectoryKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
