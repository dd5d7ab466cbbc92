/** Article to Lucene document: field names, analysis per language, and the on-disk index with its writer. */
package org.newsarchive.index;
