package org.uncacworkbench.followup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocContent;
import org.uncacworkbench.export.DocumentSettings;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.export.DocxFiles;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.review.Observation;

/**
 * The official letter (函) that goes with an agency's workbook, in the government's format: 受文者,
 * 發文日期 in the ROC calendar, 發文字號, 速別, 密等, 附件, then 主旨 and 說明, and 正本 / 副本. It is
 * written in Chinese only: it goes from one Taiwanese agency to another.
 */
public final class RoundLetter {

    public static String fileName(ReportingRound round, org.uncacworkbench.agency.AgencyRef agency) {
        return round.label() + "-" + agency.code() + "-函.docx";
    }

    public Path export(RoundWorkbook.Content c, DocumentSettings publisher, Path target, DocxEngine.Progress progress) {
        return DocxFiles.write(content(c, publisher), null, target, progress);
    }

    public DocContent content(RoundWorkbook.Content c, DocumentSettings publisher) {
        Language zh = Language.ZH_TW;
        ReportingRound round = c.round();
        String org = publisher.organisationZh();
        List<String> led = new ArrayList<>();
        List<String> supported = new ArrayList<>();
        for (Assignment a : c.points()) {
            Observation o = c.observations().get(a.observationId());
            (a.lead().code().equals(c.agency().code()) ? led : supported).add(String.valueOf(o.number()));
        }
        String urgency = switch (round.urgency()) {
            case NORMAL -> "普通件";
            case URGENT -> "速件";
            case MOST_URGENT -> "最速件";
        };
        String due = DateFormats.officialDate(round.dueOn(), zh);
        String workbook = RoundWorkbook.fileName(round, c.agency());
        StringBuilder head = new StringBuilder();
        field(head, "受文者", c.agency().nameZh());
        field(head, "發文日期", DateFormats.officialDate(round.openedOn(), zh));
        field(head, "發文字號", round.letterNo() == null ? "" : round.letterNo());
        field(head, "速別", urgency);
        field(head, "密等及解密條件或保密期限", "");
        field(head, "附件", "填報表 1 份（" + workbook + "）");
        String subject = "**主旨**：檢送「" + c.cycle().titleZh() + "」國際審查結論性意見追蹤管考" + round.titleZh() + "填報表 1 份，請於"
                + due + "前填復，請查照。\n\n**說明**：\n\n";
        String points = (led.isEmpty() ? "" : "主辦第 " + String.join("、", led) + " 點")
                + (!led.isEmpty() && !supported.isEmpty() ? "，" : "")
                + (supported.isEmpty() ? "" : "協辦第 " + String.join("、", supported) + " 點");
        String body = "1. 依「" + c.cycle().titleZh() + "」國際審查會議結論性意見之追蹤管考機制辦理。\n"
                + "2. 貴機關" + points + "（計 " + c.points().size() + " 點），請就各點填寫辦理情形、現階段執行成果、後續策進方向及作法、"
                + "佐證資料，並於「績效指標」工作表填入本期達成值。\n"
                + "3. 填報表之點次、結論性意見及角色欄已鎖定，請勿修改，亦請勿新增、刪除或搬移列；請於期限內將填妥之活頁簿回傳" + org
                + "，逾期未復者，將列入追蹤管考會議報告。\n\n";
        StringBuilder tail = new StringBuilder();
        field(tail, "正本", c.agency().nameZh());
        field(tail, "副本", org + "（含附件）");
        String title = org + "　函";
        List<DocContent.Block> blocks = List.of(new DocContent.Title(title), new DocContent.MarkdownText(head.toString(), 1, "受文者"),
                new DocContent.MarkdownText(subject + body, 1, "主旨"), new DocContent.MarkdownText(tail.toString(), 1, "正本"));
        return new DocContent(zh, Audience.PUBLIC, title, Optional.empty(), false, title + "（" + round.label() + "）", blocks,
                Map.of("uncac.kind", "round-letter", "uncac.language", zh.shortCode(), "uncac.round", round.label(),
                        "uncac.agency", c.agency().code()), publisher);
    }

    private static void field(StringBuilder out, String label, String value) {
        out.append(label).append("：").append(value.replace("*", "\\*")).append("\n\n");
    }
}
