package org.uncacworkbench.i18n;

/** Chinese numerals as Taiwan's official documents write them: 第十四條, 第一百零四點. */
public final class ChineseNumerals {

    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};
    private static final String[] UNITS = {"", "十", "百", "千"};

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 104 → 一百零四, 1010 → 一千零一十. */
    public static String of(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("Out of range: " + n);
        }
        if (n == 0) {
            return "零";
        }
        String digits = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            boolean leadingTen = d == 1 && unit == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(DIGITS[d]);
            }
            out.append(UNITS[unit]);
        }
        return out.toString();
    }
}
