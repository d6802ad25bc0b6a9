package org.villagegov.gateway.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The overview as files people open in Excel on a Chinese Windows desktop. CSV: UTF-8 with a
 * byte-order mark (without it Excel reads the bytes as GBK and the Chinese headers turn to
 * mojibake), RFC 4180 quoting and line ends, plain numbers, empty cells for no figure, a last
 * line of totals. Excel: the same table on sheet 指标 (header bold and frozen, numbers as numeric
 * cells, percents and days with one decimal) and the monthly trend on sheet 月度趋势.
 */
final class OverviewExport {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TABLE_SHEET = "指标";
    static final String TREND_SHEET = "月度趋势";
    static final String TOTAL = "合计";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private OverviewExport() {
    }

    static byte[] csv(Overview overview) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("编码", "地区"));
        overview.columns().forEach(column -> header.add(heading(column)));
        line(out, header);
        for (Overview.Row row : overview.rows()) {
            List<String> cells = new ArrayList<>(List.of(text(row.id()), text(row.name())));
            overview.columns().forEach(column -> cells.add(number(row.values().get(column.key()))));
            line(out, cells);
        }
        List<String> total = new ArrayList<>(List.of(TOTAL, text(overview.place().name())));
        overview.columns().forEach(column -> total.add(number(overview.total().get(column.key()))));
        line(out, total);
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    static byte[] xlsx(Overview overview) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet table = book.createSheet(TABLE_SHEET);
            List<String> header = new ArrayList<>(List.of("编码", "地区"));
            overview.columns().forEach(column -> header.add(heading(column)));
            header(table, header, styles);
            int at = 1;
            for (Overview.Row row : overview.rows()) {
                values(table.createRow(at++), List.of(row.id(), row.name()), row.values(), overview.columns(), styles, false);
            }
            values(table.createRow(at), List.of(TOTAL, overview.place().name()), overview.total(), overview.columns(),
                    styles, true);
            table.createFreezePane(2, 1);
            widths(table, header);

            Sheet trend = book.createSheet(TREND_SHEET);
            List<String> trendHeader = new ArrayList<>(List.of("月份"));
            overview.columns().forEach(column -> trendHeader.add(heading(column)));
            header(trend, trendHeader, styles);
            at = 1;
            for (Overview.Month month : overview.trend()) {
                values(trend.createRow(at++), List.of(month.month()), month.values(), overview.columns(), styles, false);
            }
            trend.createFreezePane(1, 1);
            widths(trend, trendHeader);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code indicators-<place>-<from>-<to>.<extension>}, the place as its id: safe in any file system. */
    static String fileName(Overview overview, String extension) {
        return "indicators-" + overview.place().id() + "-" + overview.period().from() + "-" + overview.period().to()
                + "." + extension;
    }

    /**
     * The Content-Disposition header: the id-named file for every client, and (RFC 6266/5987) the
     * same name with the place's Chinese name for the clients that read {@code filename*}.
     */
    static String disposition(Overview overview, String extension) {
        String ascii = fileName(overview, extension).replaceAll("[^A-Za-z0-9._-]", "_");
        String value = "attachment; filename=\"" + ascii + "\"";
        String name = overview.place().name();
        if (name != null && !name.isBlank() && !name.equals(overview.place().id())) {
            value += "; filename*=UTF-8''" + rfc5987("indicators-" + name + "-" + overview.period().from() + "-"
                    + overview.period().to() + "." + extension);
        }
        return value;
    }

    /** The label, with its unit in brackets unless it counts something: 网格覆盖率(%), 调解天数中位数(天). */
    static String heading(Overview.Column column) {
        return switch (column.unit()) {
            case "PERCENT" -> column.label() + "(%)";
            case "DAYS" -> column.label() + "(天)";
            default -> column.label();
        };
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /**
     * A place's name as text: one starting like a formula (=, +, -, @) gets a leading apostrophe,
     * or Excel would run it (names are typed in by county offices; OWASP "CSV injection").
     */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void header(Sheet sheet, List<String> labels, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    private static void values(Row row, List<String> leading, Map<String, BigDecimal> values,
                               List<Overview.Column> columns, Styles styles, boolean total) {
        int at = 0;
        for (String text : leading) {
            Cell cell = row.createCell(at++);
            cell.setCellValue(text == null ? "" : text);
            if (total) {
                cell.setCellStyle(styles.header);
            }
        }
        for (Overview.Column column : columns) {
            Cell cell = row.createCell(at++);
            BigDecimal value = values == null ? null : values.get(column.key());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            cell.setCellStyle(styles.number(column.unit(), total));
        }
    }

    /** Width by the header's length (autoSizeColumn needs the desktop's fonts, which a server lacks). */
    private static void widths(Sheet sheet, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            int chars = Math.max(8, labels.get(i).length() * 2 + 2);
            sheet.setColumnWidth(i, Math.min(chars, 60) * 256);
        }
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** One style each: a workbook holds at most 64,000, so never one per cell. */
    private static final class Styles {

        final CellStyle header;
        private final CellStyle count;
        private final CellStyle decimal;
        private final CellStyle countTotal;
        private final CellStyle decimalTotal;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            short whole = book.createDataFormat().getFormat("0");
            short oneDecimal = book.createDataFormat().getFormat("0.0");
            count = book.createCellStyle();
            count.setDataFormat(whole);
            decimal = book.createCellStyle();
            decimal.setDataFormat(oneDecimal);
            countTotal = book.createCellStyle();
            countTotal.setDataFormat(whole);
            countTotal.setFont(bold);
            decimalTotal = book.createCellStyle();
            decimalTotal.setDataFormat(oneDecimal);
            decimalTotal.setFont(bold);
        }

        CellStyle number(String unit, boolean total) {
            boolean decimals = "PERCENT".equals(unit) || "DAYS".equals(unit);
            if (total) {
                return decimals ? decimalTotal : countTotal;
            }
            return decimals ? decimal : count;
        }
    }
}
