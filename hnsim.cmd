@echo off
rem hnsim launcher for Windows: builds the jar on first use (quietly, once), then runs it,
rem as the hnsim script beside it does. Set JAVA_OPTS for JVM options, e.g.
rem   set JAVA_OPTS=-Xmx8g
rem   hnsim.cmd run scenarios\leicestershire-2021-mtfs.yaml -n 1e7
rem The heap (half the memory) and compiler (C2 for code 30 times hotter than the default)
rem settings are the hnsim script's; its comments say why.
setlocal EnableExtensions
set "HNSIM_HOME=%~dp0"
if "%HNSIM_HOME:~-1%"=="\" set "HNSIM_HOME=%HNSIM_HOME:~0,-1%"
set "HNSIM_JAR=%HNSIM_HOME%\target\hnsim-all.jar"
set "HNSIM_LOG=%HNSIM_HOME%\target-build.log"
set "HNSIM_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "HNSIM_JAVA=%JAVA_HOME%\bin\java.exe"

rem Rebuild when the jar is missing or older than a source file or pom.xml.
if not exist "%HNSIM_JAR%" goto build
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:HNSIM_JAR).LastWriteTime; $newer = Get-ChildItem -LiteralPath (Join-Path $env:HNSIM_HOME 'src\main'), (Join-Path $env:HNSIM_HOME 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >nul 2>nul
if errorlevel 1 goto build
goto run

:build
echo hnsim: building (first use; takes a minute)... 1>&2
pushd "%HNSIM_HOME%"
rem Maven from PATH if installed, else the Maven Wrapper beside this script (it fetches Maven
rem once into %USERPROFILE%\.m2\wrapper), so a machine with only a JDK can build.
where mvn >nul 2>nul
if errorlevel 1 goto wrapper
call mvn -B -q -DskipTests package > "%HNSIM_LOG%" 2>&1
goto built
:wrapper
call "%HNSIM_HOME%\mvnw.cmd" -B -q -DskipTests package > "%HNSIM_LOG%" 2>&1
:built
if errorlevel 1 goto failed
popd
del "%HNSIM_LOG%" >nul 2>nul
goto run

:failed
popd
echo hnsim: the build failed; see "%HNSIM_LOG%" 1>&2
exit /b 1

:run
rem No arguments: run the default scenario, as ./hnsim does.
if "%~1"=="" goto default
"%HNSIM_JAVA%" -XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=50 -XX:Tier4InvocationThreshold=150000 -XX:Tier4MinInvocationThreshold=18000 -XX:Tier4CompileThreshold=450000 -XX:Tier4BackEdgeThreshold=1200000 %JAVA_OPTS% -Dhnsim.home="%HNSIM_HOME%" -Dhnsim.launcher=hnsim.cmd -jar "%HNSIM_JAR%" %*
exit /b %ERRORLEVEL%
:default
"%HNSIM_JAVA%" -XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=50 -XX:Tier4InvocationThreshold=150000 -XX:Tier4MinInvocationThreshold=18000 -XX:Tier4CompileThreshold=450000 -XX:Tier4BackEdgeThreshold=1200000 %JAVA_OPTS% -Dhnsim.home="%HNSIM_HOME%" -Dhnsim.launcher=hnsim.cmd -jar "%HNSIM_JAR%" run
exit /b %ERRORLEVEL%
