package org.villagegov.gateway.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The files on their own: quoting, formula-like names, units in the headers, cell types and formats. */
class OverviewExportTests {

    private static final Overview TOWNSHIP = new Overview("TOWNSHIP", "VILLAGE", new Overview.Place("t1", "城关镇"),
            new Overview.Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)),
            List.of(new Overview.Column("grid", "households", "户数", "COUNT"),
                    new Overview.Column("grid", "gridCoverage", "网格覆盖率", "PERCENT"),
                    new Overview.Column("mediation", "medianDays", "调解天数中位数", "DAYS")),
            List.of(new Overview.Row("v1", "东村,\"上\"组", values(1234567, 87.5, null)),
                    new Overview.Row("v2", "=HYPERLINK(\"x\")", values(0, null, 3)),
                    new Overview.Row("v3", "北村\n新区", values(10, 100, 2.5))),
            values(1234577, 90.1, 2.75),
            List.of(new Overview.Month("2026-11", values(1234577, 90.1, 2.75))));

    private static Map<String, BigDecimal> values(Number households, Number coverage, Number days) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("households", households == null ? null : new BigDecimal(households.toString()));
        values.put("gridCoverage", coverage == null ? null : new BigDecimal(coverage.toString()));
        values.put("medianDays", days == null ? null : new BigDecimal(days.toString()));
        return values;
    }

    @Test
    void whenWrittenAsCsvThenFieldsAreQuotedPerRfc4180AndFormulaLikeNamesAreDefused() {
        byte[] bytes = OverviewExport.csv(TOWNSHIP);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("编码,地区,户数,网格覆盖率(%),调解天数中位数(天)\r\n"
                + "v1,\"东村,\"\"上\"\"组\",1234567,87.5,\r\n"
                + "v2,\"'=HYPERLINK(\"\"x\"\")\",0,,3\r\n"
                + "v3,\"北村\n新区\",10,100,2.5\r\n"
                + "合计,城关镇,1234577,90.1,2.75\r\n");
    }

    @Test
    void whenAFileNameIsMadeThenTheIdNamesItAndTheChineseNameGoesToFilenameStar() {
        assertThat(OverviewExport.disposition(TOWNSHIP, "csv")).isEqualTo("attachment; "
                + "filename=\"indicators-t1-2026-11-01-2026-11-30.csv\"; "
                + "filename*=UTF-8''indicators-%E5%9F%8E%E5%85%B3%E9%95%87-2026-11-01-2026-11-30.csv");
    }

    @Test
    void whenWrittenAsExcelThenNumbersAreNumericCellsWithOneDecimalForPercentsAndDaysAndTheHeaderIsBoldAndFrozen()
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(OverviewExport.xlsx(TOWNSHIP)))) {
            assertThat(book.getSheetName(0)).isEqualTo("指标");
            assertThat(book.getSheetName(1)).isEqualTo("月度趋势");
            Sheet table = book.getSheet("指标");
            assertThat(table.getPaneInformation().isFreezePane()).isTrue();
            assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            XSSFCell header = (XSSFCell) table.getRow(0).getCell(3);
            assertThat(header.getStringCellValue()).isEqualTo("网格覆盖率(%)");
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();
            assertThat(table.getRow(1).getCell(1).getStringCellValue()).isEqualTo("东村,\"上\"组");
            assertThat(table.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234567);
            assertThat(table.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(table.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(table.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(table.getRow(1).getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(table.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(table.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(2.75);
            Sheet trend = book.getSheet("月度趋势");
            assertThat(trend.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-11");
            assertThat(trend.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(90.1);
        }
    }
}
