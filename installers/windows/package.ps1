<#
.SYNOPSIS
Packages Model Workbench for Windows (x64) with jpackage: an app image with its own Java runtime,
and an .msi that installs it with a Start-menu entry, a desktop shortcut and a choice of folder.

.DESCRIPTION
    powershell -ExecutionPolicy Bypass -File installers\windows\package.ps1 [-Type app-image|msi|all] [-SkipBuild]

Output goes to target\installers\windows\ (the WORKBENCH_PACKAGE_DIR environment variable changes it):
    Model Workbench\                    the app image: "Model Workbench.exe" (the window) and
                                        workbench.exe (the command line, a console program)
    Model Workbench-<version>.msi

Needs a JDK 17 or newer with jlink and jpackage (JAVA_HOME, or the one on the PATH) and, for the
.msi, the WiX Toolset 3 (candle.exe and light.exe on the PATH; https://wixtoolset.org). The app
is built first (.\mvnw.cmd -Pwindows, which selects the win-x86_64 PyTorch natives) when
app\target\workbench.jar is missing or older than the sources; -SkipBuild uses the build as it
is. Maven also reads extra options from MAVEN_ARGS (e.g. -o to build offline). APP_VERSION
overrides the version taken from pom.xml (-SNAPSHOT dropped).

This recipe mirrors installers/linux/package.sh, which is the one tested; see installers/README.md.
#>
param(
  [ValidateSet('app-image', 'msi', 'all')] [string] $Type = 'all',
  [switch] $SkipBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Here = $PSScriptRoot
$Root = (Resolve-Path (Join-Path $Here '..\..')).Path
$Out = if ($env:WORKBENCH_PACKAGE_DIR) { $env:WORKBENCH_PACKAGE_DIR } else { Join-Path $Root 'target\installers\windows' }
$Name = 'Model Workbench'
$MainClass = 'org.modelworkbench.app.Main'
$Jar = Join-Path $Root 'app\target\workbench.jar'
$Lib = Join-Path $Root 'app\target\lib'
# Fixed for good: Windows Installer recognises a newer .msi of the app by it and replaces the old one.
$UpgradeUuid = 'f7d1466d-1bcc-462b-98f3-be871b8012da'

# JDK modules of the bundled runtime: the same list as installers/linux/package.sh (see there how
# it was found). JavaFX stays on the class path as jars in lib\.
$Modules = if ($env:JLINK_MODULES) { $env:JLINK_MODULES } else {
  'java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,' +
  'java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,' +
  'jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs'
}

# Java options of both launchers; jpackage expands $APPDIR (single quotes keep PowerShell off it)
# to the app folder inside the installation. The DJL, JNA and JavaFX natives unpack into the user's
# cache folder (%LOCALAPPDATA%\ModelWorkbench\Cache, see UserFolders), never into the read-only
# Program Files folder.
$JavaOptions = @(
  '-Dai.djl.offline=true',
  '-DOPT_OUT_TRACKING=true',
  '-Dworkbench.samples=$APPDIR\samples',
  '-XX:MaxRAMPercentage=50'
)

function Find-Tool([string] $tool) {
  if ($env:JAVA_HOME) {
    $path = Join-Path $env:JAVA_HOME "bin\$tool.exe"
    if (Test-Path $path) { return $path }
  }
  $command = Get-Command "$tool.exe" -ErrorAction SilentlyContinue
  if ($command) { return $command.Source }
  throw "$tool.exe not found: install a JDK 17 or newer and set JAVA_HOME."
}

function Invoke-Checked([string] $exe, [string[]] $arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "$(Split-Path -Leaf $exe) failed (exit code $LASTEXITCODE)." }
}

function Test-NeedsBuild {
  if (-not (Test-Path $Jar)) { return $true }
  $built = (Get-Item $Jar).LastWriteTimeUtc
  $sources = @('pom.xml', 'app', 'modules', 'resources') | ForEach-Object { Join-Path $Root $_ }
  $newer = Get-ChildItem -Path $sources -Recurse -File |
    Where-Object { $_.FullName -notmatch '\\target\\' -and $_.LastWriteTimeUtc -gt $built } |
    Select-Object -First 1
  return [bool] $newer
}

$Java = Find-Tool 'java'
$Jlink = Find-Tool 'jlink'
$Jpackage = Find-Tool 'jpackage'
if ($env:PROCESSOR_ARCHITECTURE -ne 'AMD64') {
  throw "This recipe packages the win-x86_64 natives; this machine is $env:PROCESSOR_ARCHITECTURE."
}

if (-not $SkipBuild -and (Test-NeedsBuild)) {
  Write-Host 'Building the app...'
  Push-Location $Root
  try { Invoke-Checked (Join-Path $Root 'mvnw.cmd') @('-B', '-q', '-DskipTests', '-Pwindows', 'package') }
  finally { Pop-Location }
}
if (-not (Test-Path $Jar)) { throw "No ${Jar}: build the app first (.\mvnw.cmd -Pwindows -DskipTests package)." }
foreach ($native in @('pytorch-native-cpu-*-win-x86_64.jar', 'tensorflow-core-native-*-windows-x86_64.jar',
    'javafx-graphics-*-win.jar')) {
  if (-not (Get-ChildItem -Path $Lib -Filter $native -ErrorAction SilentlyContinue)) {
    throw "$Lib has no ${native}: the build was made for another OS. Rebuild on Windows."
  }
}

$Version = $env:APP_VERSION
if (-not $Version) {
  [xml] $pom = Get-Content -Raw (Join-Path $Root 'pom.xml')
  $Version = [regex]::Match($pom.project.version, '^[0-9]+(\.[0-9]+)*').Value
}
if (-not $Version) { throw 'Could not read the version from pom.xml; set APP_VERSION.' }

Write-Host "Packaging Model Workbench $Version into $Out"
New-Item -ItemType Directory -Force $Out | Out-Null
$Work = Join-Path $Out 'work'
$Image = Join-Path $Out $Name
foreach ($old in @($Work, $Image)) { if (Test-Path $old) { Remove-Item -Recurse -Force $old } }
$AppInput = Join-Path $Work 'input'
New-Item -ItemType Directory -Force $AppInput | Out-Null

# The app folder: the app jar (its manifest lists lib/... on the class path), the libraries and
# the sample datasets that the first start turns into a sample project.
Copy-Item $Jar $AppInput
Copy-Item -Recurse $Lib (Join-Path $AppInput 'lib')
Copy-Item -Recurse (Join-Path $Root 'resources\samples') (Join-Path $AppInput 'samples')
Copy-Item (Join-Path $Root 'LICENSE') $AppInput
# ONNX Runtime's jar carries every OS's library and their debug symbols (137 MB): keep this one's.
Get-ChildItem (Join-Path $AppInput 'lib') -Filter 'onnxruntime-*.jar' | ForEach-Object {
  Invoke-Checked $Java @((Join-Path $Here '..\natives\StripNatives.java'), $_.FullName, 'ai/onnxruntime/native/', 'win-x64')
}

$Icons = Join-Path $Work 'icons'
Invoke-Checked $Java @((Join-Path $Here '..\icon\MakeIcon.java'), $Icons)

Write-Host 'Linking the Java runtime...'
$Runtime = Join-Path $Work 'runtime'
Invoke-Checked $Jlink @('--add-modules', $Modules, '--output', $Runtime,
  '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2')

# What both package types share: the launchers, their Java options, the runtime and the icon.
$Description = 'Import datasets, train and evaluate machine learning models on this computer'
$AppArgs = @(
  '--name', $Name, '--app-version', $Version, '--vendor', 'Model Workbench',
  '--description', $Description, '--copyright', 'Apache License 2.0',
  '--input', $AppInput, '--main-jar', 'workbench.jar', '--main-class', $MainClass,
  '--runtime-image', $Runtime, '--icon', (Join-Path $Icons 'model-workbench.ico'),
  '--add-launcher', ('workbench=' + (Join-Path $Here 'workbench-cli.properties'))
)
foreach ($option in $JavaOptions) { $AppArgs += @('--java-options', $option) }

Write-Host 'Making the app image...'
Invoke-Checked $Jpackage (@('--type', 'app-image', '--dest', $Out) + $AppArgs)

if ($Type -ne 'app-image') {
  # The .msi packs the app image just made, so what was tried is what installs.
  Write-Host 'Making the .msi (WiX)...'
  Get-ChildItem -Path $Out -Filter "$Name-$Version*.msi" | Remove-Item -Force
  Invoke-Checked $Jpackage @('--type', 'msi', '--dest', $Out, '--app-image', $Image,
    '--name', $Name, '--app-version', $Version, '--vendor', 'Model Workbench',
    '--description', $Description, '--license-file', (Join-Path $Root 'LICENSE'),
    '--win-menu', '--win-menu-group', $Name, '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $UpgradeUuid,
    '--file-associations', (Join-Path $Here 'project-file.properties'))
  if ($Type -eq 'msi') { Remove-Item -Recurse -Force $Image }
}
Remove-Item -Recurse -Force $Work

Write-Host 'Done:'
Get-ChildItem $Out | ForEach-Object {
  $bytes = if ($_.PSIsContainer) { (Get-ChildItem $_.FullName -Recurse -File | Measure-Object Length -Sum).Sum } else { $_.Length }
  '{0,8:N0} MB  {1}' -f ($bytes / 1MB), $_.Name
}
