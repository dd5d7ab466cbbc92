/** The command line: picocli commands that parse arguments, call the core and print. Nothing else. */
package org.newsarchive.cli;
