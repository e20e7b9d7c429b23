package org.uncacworkbench.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.markdown.DocxToMarkdown;

/**
 * Reads the reviewers' list of issues from their file, without saving anything: a Word document (one
 * question per numbered paragraph — Word's numbering or typed "1." / "Q1"; the paragraphs after one
 * belong to it) or an Excel workbook (one question per row of the first sheet, under a header naming
 * the question column, and optionally the articles, the Chinese translation and the reviewer). The
 * articles of a Word question are those it names ("Article 5", "articles 12 and 13", "第5條").
 */
public final class QuestionImport {

    /** A question as read from the file, with where it was (a paragraph's or row's number) for messages. */
    public record Read(int place, String articles, String textEn, String textZh, String reviewer) {
    }

    /** A numbered paragraph: Word's numbering ("1." once converted), typed "1." or "1)" (escaped by the conversion), or "Q1". */
    private static final Pattern START = Pattern.compile("^\\s{0,3}\\\\?(?:\\d{1,3}[.)]|[Qq]\\s?\\d{1,3}[.:)]?)\\s+(.*)$");

    private QuestionImport() {
    }

    /** The questions in a .docx or .xlsx file; refused, saying why, when the file holds none. */
    public static List<Read> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Read> questions;
        if (name.endsWith(".docx")) {
            questions = fromMarkdown(DocxToMarkdown.convert(file));
        } else if (name.endsWith(".xlsx")) {
            questions = fromWorkbook(file);
        } else {
            throw new WorkbenchException(UserMessage.of("review.import.kind", file.getFileName().toString()));
        }
        if (questions.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.import.none", file.getFileName().toString()));
        }
        return questions;
    }

    /** One question per numbered paragraph of the document's text as Markdown. */
    static List<Read> fromMarkdown(String markdown) {
        List<Read> out = new ArrayList<>();
        StringBuilder current = null;
        int place = 0;
        int line = 0;
        for (String raw : markdown.split("\n")) {
            line++;
            Matcher start = START.matcher(raw);
            if (start.matches()) {
                if (current != null) {
                    out.add(question(place, current.toString()));
                }
                current = new StringBuilder(start.group(1).strip());
                place = line;
            } else if (current != null && !raw.isBlank() && !raw.startsWith("#")) {
                current.append("\n\n").append(raw.strip());
            }
        }
        if (current != null) {
            out.add(question(place, current.toString()));
        }
        return out;
    }

    private static Read question(int place, String text) {
        return new Read(place, articlesNamed(text), text, null, null);
    }

    /** The articles a text names, as the form writes them ("5, 12, 13"). */
    static String articlesNamed(String text) {
        return ArticleCitations.format(ArticleCitations.cited(text));
    }

    private static List<Read> fromWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new WorkbenchException(UserMessage.of("review.import.noQuestionColumn", file.getFileName().toString()));
            }
            int text = -1;
            int zh = -1;
            int articles = -1;
            int reviewer = -1;
            for (Cell c : header) {
                String h = format.formatCellValue(c).strip().toLowerCase(Locale.ROOT);
                if (h.contains("chinese") || h.contains("中文") || h.contains("譯")) {
                    zh = c.getColumnIndex();
                } else if (h.contains("question") || h.contains("text") || h.contains("提問") || h.contains("英文")) {
                    text = c.getColumnIndex();
                } else if (h.contains("article") || h.contains("條")) {
                    articles = c.getColumnIndex();
                } else if (h.contains("reviewer") || h.contains("委員")) {
                    reviewer = c.getColumnIndex();
                }
            }
            if (text < 0) {
                throw new WorkbenchException(UserMessage.of("review.import.noQuestionColumn", file.getFileName().toString()));
            }
            List<Read> out = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String en = cell(row, text, format);
                if (en == null) {
                    continue; // an empty row
                }
                out.add(new Read(r + 1, articles < 0 ? articlesNamed(en) : nonNull(cell(row, articles, format)), en, cell(row, zh, format),
                        cell(row, reviewer, format)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbenchException w) {
                throw w;
            }
            throw new WorkbenchException(UserMessage.of("review.import.unreadable", file.getFileName().toString()), e);
        }
    }

    private static String cell(Row row, int column, DataFormatter format) {
        if (row == null || column < 0 || row.getCell(column) == null) {
            return null;
        }
        String v = format.formatCellValue(row.getCell(column)).strip();
        return v.isEmpty() ? null : v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The drafts to save: each reviewer named matched to the cycle's, asked on {@code askedOn}. */
    public static List<QuestionDraft> drafts(List<Read> read, List<Reviewer> reviewers, LocalDate askedOn) {
        return read.stream().map(q -> new QuestionDraft(q.reviewer() == null ? null : reviewers.stream()
                .filter(r -> r.name().equalsIgnoreCase(q.reviewer().strip()) || q.reviewer().strip().equals(r.nameZh()))
                .map(Reviewer::id).findFirst().orElse(null), q.articles(), q.textEn(), q.textZh(), askedOn)).toList();
    }
}
