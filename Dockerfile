# KKMP.Bot in a container: built here (the web chat bundle included), run as a non-root user,
# with the ledger, the Data Protection keys and the ops handshake on the /data volume.
#   docker build -t kkmp-bot .
#   docker run -p 127.0.0.1:8080:8080 -v kkmp-data:/data kkmp-bot
# or `docker compose up` with Redis (compose.yaml).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build runs `npm ci` for botframework-webchat (see KKMP.Bot.csproj): Node.js 18+ and npm.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files alone, so code changes do not invalidate the package layer.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/KKMP.Bot/KKMP.Bot.csproj src/KKMP.Bot/package.json src/KKMP.Bot/package-lock.json src/KKMP.Bot/
RUN dotnet restore src/KKMP.Bot/KKMP.Bot.csproj
COPY knowledge/ knowledge/
COPY prompts/ prompts/
COPY src/KKMP.Bot/ src/KKMP.Bot/
RUN dotnet publish src/KKMP.Bot/KKMP.Bot.csproj -c Release -o /app --no-restore \
 && test -f /app/wwwroot/lib/botframework-webchat/webchat.js

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The image's non-root user ($APP_UID, "app") owns the data volume; nothing else is writable by it.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
ENV Urls=http://0.0.0.0:8080 \
    Ledger__Path=/data/kkmp.db \
    WebChat__KeysPath=/data/keys \
    DOTNET_gcServer=0
VOLUME ["/data"]
EXPOSE 8080
# Liveness: GET /healthz; readiness: GET /healthz/ready (ledger writable, knowledge loaded, Redis when set).
ENTRYPOINT ["dotnet", "KKMP.Bot.dll"]
