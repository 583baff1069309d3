package vn.gov.pressinfo.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies shared by the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** An ad hoc request with a few indicators of each type, due on {@code due}, to the given targets. */
    public static Map<String, Object> adHoc(String reference, LocalDate issued, LocalDate due, Map<String, Object> targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("issuedOn", issued.toString());
        body.put("subject", "Báo cáo kết quả thực hiện Chỉ thị 06 về công tác phát ngôn");
        body.put("dueDate", due.toString());
        body.put("indicators", List.of(
                Map.of("key", "pressConferences", "label", "Số cuộc họp báo đã tổ chức", "type", "INTEGER", "required", true),
                Map.of("key", "citizenQuestionsOnTime", "label", "Tỷ lệ trả lời đúng hạn (%)", "type", "PERCENTAGE", "required", false),
                Map.of("key", "spokespersonTrained", "label", "Người phát ngôn đã được tập huấn", "type", "BOOLEAN", "required", false),
                Map.of("key", "formsUsed", "label", "Hình thức cung cấp thông tin", "type", "MULTI_CHOICE", "required", false),
                Map.of("key", "falseInfoResponses", "label", "Số văn bản phản hồi", "type", "INTEGER", "required", false)));
        body.put("targets", targets);
        return body;
    }
}
