# newsarchive: the search page and JSON API over an index kept on a volume.
#   docker build -t newsarchive .
#   docker run -p 8080:8080 -v newsarchive-data:/data -e NEWSARCHIVE_TOKEN=change-me newsarchive
# Not built by the test suite (no Docker engine on the build machines); the commands are the launcher's.

# --- build: Maven + JDK 25, the same `mvn package` the launcher runs -------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

# --- run: JRE only, non-root, index on a volume, seeds inside -------------------------------------
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newsarchive \
 && mkdir -p /data \
 && chown newsarchive /data
WORKDIR /app
COPY --from=build /src/target/newsarchive.jar ./target/newsarchive.jar
COPY --from=build /src/target/lib ./target/lib
COPY seeds ./seeds
COPY newsarchive ./newsarchive
USER newsarchive
VOLUME ["/data"]
EXPOSE 8080
# Inside the container the service must listen on every interface; publish the port to choose who reaches it.
# Without NEWSARCHIVE_TOKEN, writes are refused: requests through the published port do not come from loopback.
ENV NEWSARCHIVE_INDEX=/data/index
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/api/health || exit 1
# The launcher finds the JRE, sees an up-to-date jar (no sources in the image) and runs it; SIGTERM reaches java (exec).
ENTRYPOINT ["/app/newsarchive"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
