@echo off
rem rcl: check, explain and test RCL contracts. Needs Java 17 or later (a JRE is enough):
rem JAVA_HOME if it is set, otherwise the java on the PATH.
setlocal
set "HERE=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo rcl: needs Java 17 or later: install a JDK or JRE, then put java on the PATH or set JAVA_HOME 1>&2
  exit /b 2
)
"%JAVA%" -cp "%HERE%\lib\*" dev.cascade.contract.cli.RclCommand %*
