/** HTTP only: Javalin routes, request parsing, JSON answers and error mapping over the search and index core. */
package org.newsarchive.api;
