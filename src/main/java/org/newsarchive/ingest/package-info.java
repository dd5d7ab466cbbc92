/** Files and streams to {@link org.newsarchive.Article}: decoding, format readers, web-debris cleaning, and one outcome per item. */
package org.newsarchive.ingest;
