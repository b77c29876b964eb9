package org.adder.tokenize;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Python's text codec names, as a coding cookie may spell them, mapped to Java charsets: what
 * {@code codecs.lookup(name)} finds, so that a cookie is "unknown" exactly when Python says so.
 * Codecs Python has and Java lacks (utf-7, hz, koi8-t, ...) are unknown here.
 */
final class Codecs {
    /** Java charset, then the Python names (after {@link #normalize}) that mean it. */
    private static final String[] TABLE = {
        "US-ASCII: ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us "
                + "iso_646.irv_1991 iso_ir_6 us us_ascii",
        "ISO-8859-1: latin_1 latin1 latin l1 iso8859 iso8859_1 8859 cp819 csisolatin1 ibm819 iso_8859_1 "
                + "iso_8859_1_1987 iso_ir_100",
        "ISO-8859-2: iso8859_2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
        "ISO-8859-3: iso8859_3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
        "ISO-8859-4: iso8859_4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
        "ISO-8859-5: iso8859_5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
        "ISO-8859-6: iso8859_6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
        "ISO-8859-7: iso8859_7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 "
                + "iso_ir_126",
        "ISO-8859-8: iso8859_8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
        "ISO-8859-9: iso8859_9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
        "ISO-8859-10: iso8859_10 csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
        "x-iso-8859-11: iso8859_11 thai iso_8859_11 iso_8859_11_2001",
        "ISO-8859-13: iso8859_13 iso_8859_13 l7 latin7",
        "ISO-8859-14: iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
        "ISO-8859-15: iso8859_15 iso_8859_15 l9 latin9",
        "ISO-8859-16: iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
        "UTF-8: utf_8 u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001 utf_8_sig",
        "x-UTF-16LE-BOM: utf_16 u16 utf16",
        "UTF-16BE: utf_16_be unicodebigunmarked utf_16be",
        "UTF-16LE: utf_16_le unicodelittleunmarked utf_16le",
        "X-UTF-32LE-BOM: utf_32 u32 utf32",
        "UTF-32BE: utf_32_be utf_32be",
        "UTF-32LE: utf_32_le utf_32le",
        "KOI8-R: koi8_r cskoi8r",
        "KOI8-U: koi8_u",
        "x-MacRoman: mac_roman macintosh macroman",
        "x-MacCyrillic: mac_cyrillic maccyrillic",
        "x-MacGreek: mac_greek macgreek",
        "x-MacIceland: mac_iceland maciceland",
        "x-MacCentralEurope: mac_latin2 maccentraleurope mac_centeuro maclatin2",
        "x-MacTurkish: mac_turkish macturkish",
        "x-MacArabic: mac_arabic",
        "x-MacCroatian: mac_croatian",
        "x-MacRomania: mac_romanian",
        "EUC-JP: euc_jp eucjp ujis u_jis",
        "EUC-KR: euc_kr euckr x_mac_korean korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001",
        "Shift_JIS: shift_jis csshiftjis shiftjis sjis s_jis x_mac_japanese",
        "windows-31j: cp932 932 ms932 mskanji ms_kanji",
        "x-windows-949: cp949 949 ms949 uhc",
        "x-windows-950: cp950 950 ms950",
        "GB2312: gb2312 x_mac_simp_chinese chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58",
        "GBK: gbk 936 cp936 ms936",
        "GB18030: gb18030 gb18030_2000",
        "Big5: big5 big5_tw csbig5 x_mac_trad_chinese",
        "Big5-HKSCS: big5hkscs big5_hkscs hkscs",
        "ISO-2022-JP: iso2022_jp csiso2022jp iso2022jp iso_2022_jp",
        "ISO-2022-JP-2: iso2022_jp_2 iso2022jp_2 iso_2022_jp_2",
        "ISO-2022-KR: iso2022_kr csiso2022kr iso2022kr iso_2022_kr",
        "TIS-620: tis_620 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1 iso_ir_166",
        "x-Johab: johab cp1361 ms1361",
        "IBM037: ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm039",
        "IBM500: ebcdic_cp_be ebcdic_cp_ch",
        "IBM424: ebcdic_cp_he",
        "IBM437: cspc8codepage437",
        "IBM775: cspc775baltic",
        "IBM850: cspc850multilingual",
        "IBM852: cspcp852",
        "IBM861: cp_is",
        "IBM862: cspc862latinhebrew",
        "IBM869: cp_gr",
    };

    /** Python's cpNNN code pages that Java may have as windows-NNN, IBMNNN or x-IBMNNN. */
    private static final Set<String> CODE_PAGES = Set.of("037", "273", "424", "437", "500", "720", "737", "775",
            "850", "852", "855", "856", "857", "858", "860", "861", "862", "863", "864", "865", "866", "869", "874",
            "875", "1006", "1026", "1125", "1140", "1250", "1251", "1252", "1253", "1254", "1255", "1256", "1257",
            "1258");

    private static final Map<String, String> JAVA_NAMES = new HashMap<>();

    static {
        for (String row : TABLE) {
            int colon = row.indexOf(':');
            String javaName = row.substring(0, colon);
            for (String alias : row.substring(colon + 1).trim().split(" ")) {
                JAVA_NAMES.put(alias, javaName);
            }
        }
    }

    private Codecs() {
    }

    /** The charset Python's codec {@code name} decodes as, or null if Python has no such text codec. */
    static Charset lookup(String name) {
        String key = normalize(name);
        String javaName = JAVA_NAMES.get(key);
        if (javaName == null) {
            javaName = JAVA_NAMES.get(key.replace('.', '_'));
        }
        if (javaName == null) {
            return codePage(key);
        }
        return supported(javaName);
    }

    /** cp1252, 1252, ibm437, csibm437, windows_1252: Python's names for its code pages. */
    private static Charset codePage(String key) {
        String number = null;
        for (String prefix : new String[] {"cp", "ibm", "csibm", "windows_", ""}) {
            if (key.startsWith(prefix) && CODE_PAGES.contains(key.substring(prefix.length()))) {
                number = key.substring(prefix.length());
                break;
            }
        }
        if (number == null) {
            return null;
        }
        String digits = number.startsWith("0") ? number.substring(1) : number;
        for (String javaName : new String[] {"windows-" + digits, "IBM" + number, "x-IBM" + digits, "IBM" + digits}) {
            Charset cs = supported(javaName);
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /**
     * As codecs.lookup and encodings.normalize_encoding: lower case, every run of characters other
     * than letters, digits and '.' becomes one '_', none at the ends.
     */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean pending = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (pending && !out.isEmpty()) {
                    out.append('_');
                }
                pending = false;
                out.append(c);
            } else {
                pending = true;
            }
        }
        return out.toString();
    }

    private static Charset supported(String javaName) {
        try {
            return Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
