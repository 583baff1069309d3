package vn.gov.pressinfo.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The Vietnamese wording of every notice: subject line, in-app title and summary, and the HTML and
 * plain-text email bodies (Qute templates {@code templates/email/<EventName>.html|txt}, with a generic
 * fallback). Dates in the event data are shown as dd/MM/yyyy, instants as HH:mm dd/MM/yyyy in
 * Asia/Ho_Chi_Minh.
 */
@ApplicationScoped
public class NoticeTemplates {

    public static final String SUBJECT_PREFIX = "[PressInfo] ";
    /** The type of the department's daily digest (not a Kafka event: the digest job creates it). */
    public static final String DIGEST_TYPE = "vn.gov.pressinfo.notification.DailyDigest.v1";

    /** Longest in-app title (and email subject after the prefix); longer ones end in "…". */
    public static final int MAX_TITLE_LENGTH = 500;
    /** Longest in-app summary; longer ones end in "…". */
    public static final int MAX_SUMMARY_LENGTH = 2000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessTime.ZONE);

    /** Title (subject without prefix) and one-line summary of each event name. */
    private static final Map<String, String[]> WORDING = Map.ofEntries(
            Map.entry("ReportRequested", new String[] {"Yêu cầu báo cáo: {d.reference}",
                    "{d.subject}. Hạn gửi báo cáo: {d.dueDate}."}),
            Map.entry("ReportDueSoon", new String[] {"Sắp đến hạn gửi báo cáo: {d.reference}",
                    "{d.agencyName}: còn {d.workingDaysLeft} ngày làm việc, hạn {d.dueDate}."}),
            Map.entry("ReportOverdue", new String[] {"Quá hạn gửi báo cáo: {d.reference}",
                    "{d.agencyName} chưa gửi báo cáo \"{d.subject}\", hạn {d.dueDate}."}),
            Map.entry("ReportSubmitted", new String[] {"Đã nhận báo cáo: {d.reference}",
                    "{d.agencyName} đã gửi báo cáo \"{d.subject}\" (lần {d.revision})."}),
            Map.entry("ReportReturned", new String[] {"Báo cáo bị trả lại để chỉnh sửa: {d.reference}",
                    "Nội dung cần chỉnh sửa: {d.comment}"}),
            Map.entry("ReportAccepted", new String[] {"Báo cáo đã được chấp nhận: {d.reference}",
                    "Báo cáo \"{d.subject}\" của {d.agencyName} đã được chấp nhận."}),
            Map.entry("PressItemDetected", new String[] {"Phát hiện tin bài cần xác minh: {d.title}",
                    "{d.outletName}: {d.url}. Hạn xác minh {d.verificationDueDate}."}),
            Map.entry("FalseInfoFlagged", new String[] {"Thông tin sai sự thật cần phản hồi: {d.title}",
                    "{d.outletName} ({d.url}). Hạn gửi văn bản phản hồi: {d.responseDueDate}."}),
            Map.entry("RebuttalSent", new String[] {"Đã gửi văn bản phản hồi tới {d.outletName}",
                    "{d.agencyName} đã gửi văn bản phản hồi; hạn cải chính {d.correctionDueAt}."}),
            Map.entry("CorrectionPublished", new String[] {"Báo chí đã cải chính: {d.outletName}",
                    "Cải chính ngày {d.publishedOn}: {d.correctionUrl}"}),
            Map.entry("CorrectionOverdue", new String[] {"Quá hạn cải chính: {d.outletName}",
                    "{d.outletName} chưa cải chính tin bài {d.url}; hạn {d.correctionDueAt}."}),
            Map.entry("CaseEscalated", new String[] {"Kiến nghị xử lý vụ việc: {d.outletName}",
                    "{d.agencyName}: {d.escalation}. {d.note}"}),
            Map.entry("CaseClosed", new String[] {"Đã đóng vụ việc: {d.outletName}", "Kết quả: {d.outcome}."}),
            Map.entry("AuthorizationExpired", new String[] {"Hết hạn ủy quyền phát ngôn: {d.fullName}",
                    "{d.agencyName}: ủy quyền phát ngôn về \"{d.scope}\" hết hạn sau ngày {d.validTo}."}),
            Map.entry("AuthorizationGranted", new String[] {"Ủy quyền phát ngôn: {d.fullName}",
                    "{d.agencyName}: {d.fullName} được ủy quyền phát ngôn về \"{d.scope}\" đến ngày {d.validTo}."}),
            Map.entry("SpokespersonAppointed", new String[] {"Người phát ngôn mới của {d.agencyName}: {d.fullName}",
                    "{d.fullName} ({d.title}) phát ngôn từ ngày {d.validFrom}."}),
            Map.entry("SpokespersonRevoked", new String[] {"Thu hồi người phát ngôn của {d.agencyName}: {d.fullName}",
                    "Từ ngày {d.validTo}: {d.reason}"}),
            Map.entry("PressInquiryReceived", new String[] {"Yêu cầu cung cấp thông tin mới của báo chí: {d.subject}",
                    "{d.journalistName} ({d.outletName}) gửi {d.questionCount} câu hỏi qua {d.channelLabel}; "
                            + "hạn trả lời {d.dueDate}. Giấy tờ xuất trình: {d.pressCardStatusLabel}."}),
            Map.entry("PressInquiryOverdue", new String[] {"Yêu cầu cung cấp thông tin của báo chí đã {d.levelLabel}: {d.subject}",
                    "{d.agencyName} chưa trả lời yêu cầu của {d.journalistName} ({d.outletName}); hạn {d.dueDate} đã qua."}),
            Map.entry("PressInquiryAnswered", new String[] {"Đã trả lời yêu cầu cung cấp thông tin của báo chí: {d.subject}",
                    "{d.agencyName} đã {d.outcomeLabel} {d.journalistName} ({d.outletName}) bằng hình thức {d.formLabel}, "
                            + "{d.onTimeLabel}."}),
            Map.entry("PressInquiryRefused", new String[] {"Từ chối cung cấp thông tin cho báo chí: {d.subject}",
                    "{d.agencyName} từ chối yêu cầu của {d.journalistName} ({d.outletName}), {d.onTimeLabel}. Căn cứ: "
                            + "{d.groundsLabel}. Lý do: {d.reason}"}),
            Map.entry("PressInquiryTransferred", new String[] {"Chuyển yêu cầu cung cấp thông tin của báo chí: {d.subject}",
                    "{d.agencyName} chuyển yêu cầu của {d.journalistName} ({d.outletName}) đến {d.toAgencyName}: {d.reason}"}),
            Map.entry("StatementIssued", new String[] {"Phát ngôn, cung cấp thông tin cho báo chí: {d.title}",
                    "{d.agencyName} cung cấp thông tin cho báo chí bằng hình thức {d.formLabel} lúc {d.issuedAt}; người phát ngôn: "
                            + "{d.spokespersonName}."}),
            Map.entry("IncidentRegistered", new String[] {"Vụ việc đột xuất, bất thường cần phát ngôn ban đầu: {d.summary}",
                    "{d.agencyName} chủ trì cung cấp thông tin (mức độ: {d.severityLabel}); thời điểm phát ngôn ban đầu chậm nhất "
                            + "{d.initialStatementDueAt}."}),
            Map.entry("InitialStatementOverdue", new String[] {"Quá hạn phát ngôn ban đầu về vụ việc đột xuất, bất thường: {d.summary}",
                    "{d.agencyName} (cơ quan chủ trì) chưa phát ngôn ban đầu về vụ việc (mức độ: {d.severityLabel}); hạn "
                            + "{d.initialStatementDueAt} đã qua."}),
            Map.entry("PressDutyMissed", new String[] {"Không thực hiện chế độ cung cấp thông tin định kỳ cho báo chí: {d.dutyName}",
                    "{d.agencyName} chưa thực hiện \"{d.dutyName}\" trong kỳ từ {d.periodStart} đến {d.periodEnd} (hình thức: "
                            + "{d.formsLabel}). Căn cứ: {d.legalBasis}."}),
            // Work moved by a reorganisation names both agencies and the legal basis.
            Map.entry("PressWorkMoved", new String[] {
                    "{#if d.returnedToDepartment}Cần giao lại {d.itemKindLabel}: {d.title}{#else}Tiếp nhận {d.itemKindLabel} do sắp xếp "
                            + "tổ chức bộ máy: {d.title}{/if}",
                    "Hồ sơ {d.itemKindLabel} \"{d.title}\" đã được chuyển từ {d.fromAgencyName} sang {d.toAgencyName} theo "
                            + "{d.reorganisationReference}, từ ngày {d.effectiveDate}.{#if d.returnedToDepartment} Không có cơ quan kế "
                            + "thừa tiếp nhận công việc: cần giao lại cho cơ quan xử lý.{/if}"}),
            Map.entry("ReportAssignmentMoved", new String[] {
                    "{#if d.outcome == 'WITHDRAWN'}Rút yêu cầu báo cáo do cơ quan đã giải thể/sáp nhập: {d.reference}{#else}Yêu cầu báo "
                            + "cáo được chuyển sang {d.toAgencyName}: {d.reference}{/if}",
                    "{#if d.outcome == 'WITHDRAWN'}Yêu cầu báo cáo \"{d.subject}\" gửi {d.fromAgencyName} đã được rút theo "
                            + "{d.reorganisationReference} vì không có cơ quan kế thừa tiếp nhận công việc; không tính là chưa gửi báo "
                            + "cáo.{#else}Yêu cầu báo cáo \"{d.subject}\" đã được chuyển từ {d.fromAgencyName} sang {d.toAgencyName} theo "
                            + "{d.reorganisationReference}; {d.toAgencyName} gửi báo cáo, hạn {d.dueDate}.{/if}"}),
            Map.entry("DailyDigest", new String[] {
                    "Tổng hợp ngày {d.date}: {d.overdueCount} báo cáo quá hạn, {d.openCaseCount} vụ việc đang mở",
                    "{d.overdueCount} báo cáo quá hạn, {d.openCaseCount} vụ việc thông tin sai sự thật đang mở."}));

    /** The six forms of providing information (Decree 09/2017 Art. 4), as press-response-service codes them. */
    private static final Map<String, String> FORMS = Map.of("PRESS_CONFERENCE", "họp báo",
            "PORTAL_POSTING", "đăng tải trên cổng hoặc trang thông tin điện tử",
            "INTERVIEW", "phát ngôn trực tiếp, trả lời phỏng vấn", "WRITTEN_ANSWER", "thông cáo báo chí, trả lời bằng văn bản",
            "PRESS_BRIEFING", "cung cấp thông tin tại giao ban báo chí",
            "PUBLICATION_REQUEST", "đề nghị cơ quan báo chí đăng phản hồi, cải chính");

    /**
     * Vietnamese words for the codes in event data that a person reads: each field listed here gets a
     * {@code <field>Label} beside it in the view (an unlisted code is shown as it is).
     */
    private static final Map<String, Map<String, String>> LABELS = Map.ofEntries(Map.entry("forms", FORMS),
            // Severity of an incident (the IncidentRegistered contract); NORMAL is also the sensitivity of a false-information case.
            Map.entry("severity", Map.of("NORMAL", "bình thường", "SERIOUS", "nghiêm trọng", "VERY_SERIOUS", "rất nghiêm trọng",
                    "ESPECIALLY_SERIOUS", "đặc biệt nghiêm trọng")),
            Map.entry("channel", Map.of("EMAIL", "thư điện tử", "PHONE", "điện thoại", "IN_PERSON", "trực tiếp", "OFFICIAL_LETTER", "văn bản",
                    "PROVINCIAL_PORTAL", "Cổng thông tin điện tử tỉnh")),
            Map.entry("level", Map.of("OVERDUE", "quá hạn", "VERY_OVERDUE", "quá hạn nghiêm trọng")),
            Map.entry("outcome", Map.of("ANSWERED", "trả lời đầy đủ", "PARTIALLY_ANSWERED", "trả lời một phần (có câu hỏi bị từ chối theo quy định)",
                    "MOVED", "chuyển sang cơ quan kế thừa", "WITHDRAWN", "cơ quan đã giải thể/sáp nhập")),
            // What a reorganisation moved (PressWorkMoved).
            Map.entry("itemKind", Map.of("CASE", "vụ việc thông tin sai sự thật", "INQUIRY", "yêu cầu cung cấp thông tin của báo chí",
                    "INCIDENT", "vụ việc đột xuất, bất thường")),
            Map.entry("form", FORMS),
            Map.entry("pressCardStatus", Map.of("VALID", "thẻ nhà báo còn hiệu lực", "EXPIRED", "thẻ nhà báo đã hết hạn",
                    "SUSPENDED", "thẻ nhà báo đang bị tạm đình chỉ (cần kiểm tra)", "REVOKED", "thẻ nhà báo đã bị thu hồi (cần kiểm tra)",
                    "UNKNOWN", "thẻ nhà báo không có trong cơ sở dữ liệu (cần kiểm tra)", "NOT_PRESENTED", "giấy giới thiệu của cơ quan báo chí")));

    private final Engine engine;
    private final Map<String, Template> inline = new ConcurrentHashMap<>();

    public NoticeTemplates(Engine engine) {
        this.engine = engine;
    }

    /** {@code vn.gov.pressinfo.reporting.ReportOverdue.v1} → {@code ReportOverdue}. */
    public static String eventName(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : type;
    }

    /** The event data (JSON) as a map for the templates, dates formatted the Vietnamese way. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> view(String json) {
        return format(EventJson.read(json, LinkedHashMap.class));
    }

    /** {@link #view(String)} of event data read already (a JSON tree), without reading the JSON text again. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> view(JsonNode data) {
        return format(EventJson.mapper().convertValue(data, LinkedHashMap.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> format(Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, formatValue(v)));
        raw.forEach((k, v) -> {
            Map<String, String> words = LABELS.get(k);
            if (words != null && v instanceof String code) {
                out.putIfAbsent(k + "Label", words.getOrDefault(code, code));
            } else if (words != null && v instanceof List<?> codes) {
                out.putIfAbsent(k + "Label", String.join("; ", codes.stream().map(c -> words.getOrDefault(String.valueOf(c), String.valueOf(c))).toList()));
            }
        });
        // A refusal's grounds in the wording of the law in force that day, as press-response-service sent them.
        if (raw.get("groundLabels") instanceof List<?> labels) {
            out.putIfAbsent("groundsLabel", String.join("; ", labels.stream().map(String::valueOf).toList()));
        } else if (raw.get("grounds") instanceof List<?> codes) {
            out.putIfAbsent("groundsLabel", String.join("; ", codes.stream().map(String::valueOf).toList()));
        }
        if (raw.get("onTime") instanceof Boolean onTime) {
            out.putIfAbsent("onTimeLabel", onTime ? "đúng hạn" : "quá hạn");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object formatValue(Object v) {
        if (v instanceof String s) {
            if (DATE.matcher(s).matches()) {
                return LocalDate.parse(s).format(DAY);
            }
            if (INSTANT.matcher(s).matches()) {
                try {
                    return DAY_TIME.format(Instant.parse(s));
                } catch (RuntimeException e) {
                    return s;
                }
            }
            return s;
        }
        if (v instanceof Map<?, ?> m) {
            return format((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(NoticeTemplates::formatValue).toList();
        }
        return v;
    }

    public String subject(String type, Map<String, Object> data) {
        return SUBJECT_PREFIX + title(type, data);
    }

    public String title(String type, Map<String, Object> data) {
        String[] wording = WORDING.get(eventName(type));
        return cut(wording == null ? "Sự kiện " + eventName(type) : render(wording[0], data), MAX_TITLE_LENGTH);
    }

    public String summary(String type, Map<String, Object> data) {
        String[] wording = WORDING.get(eventName(type));
        return cut(wording == null ? "Sự kiện " + eventName(type) + " về " + data.getOrDefault("agencyName", "") : render(wording[1], data),
                MAX_SUMMARY_LENGTH);
    }

    /** Event data can be long (an incident's summary, say); titles and summaries stay one readable line. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1; // room for the ellipsis; never split a surrogate pair
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public String html(String type, Map<String, Object> data) {
        return body(type, "html", data);
    }

    public String text(String type, Map<String, Object> data) {
        return body(type, "txt", data);
    }

    private String body(String type, String suffix, Map<String, Object> data) {
        Template template = engine.getTemplate("email/" + eventName(type) + "." + suffix);
        if (template == null) {
            template = engine.getTemplate("email/Generic." + suffix);
        }
        return template.data("d", data).data("title", title(type, data)).data("summary", summary(type, data))
                .data("eventName", eventName(type)).render();
    }

    private String render(String source, Map<String, Object> data) {
        return inline.computeIfAbsent(source, engine::parse).data("d", data).render();
    }
}
