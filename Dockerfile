# Runtime image of the Cooperation Portal, for docker-compose.yml. It packages a jar built beforehand on the host
# (./mvnw verify, or ./mvnw -DskipTests package): a multi-stage build could not be tried on our machines, which
# have no Docker engine.
FROM eclipse-temurin:21-jre

RUN groupadd --system portal && useradd --system --gid portal --home-dir /app portal
WORKDIR /app
COPY target/cooperation-portal-*.jar /app/portal.jar

USER portal
# Production: MariaDB, connection from PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD; no demo data (no "demo"
# profile). On a new database the first administrator is "admin": with PORTAL_INITIAL_ADMIN_PASSWORD set, or through
# the one-time link that the log shows after "First administrator:" (docker compose logs portal; ADR 0036).
ENV SPRING_PROFILES_ACTIVE=mariadb
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
