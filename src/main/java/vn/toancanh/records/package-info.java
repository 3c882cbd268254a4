/**
 * The digitised records archive (hồ sơ số hoá): scanned dossiers, registers and social-protection records with their
 * metadata and files, the pages' text read from a PDF's text layer or recognised by tesseract in Vietnamese in the
 * background, searched in full text without diacritics, and the counts of some record types as catalog items, so a
 * dashboard's figure opens the records behind it.
 */
@NullMarked
package vn.toancanh.records;

import org.jspecify.annotations.NullMarked;
