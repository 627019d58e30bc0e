; Inno Setup 6 script: the Windows installer of CSC Desktop.
;
; Built by `python packaging\release.py` after PyInstaller, which runs (see docs/packaging.md):
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\csc-desktop /DOutputDir=dist
;        /DIconFile=build\csc-desktop.ico packaging\windows\csc-desktop.iss
;
; Installs for the current user (no administrator rights, %LOCALAPPDATA%\Programs) or, when
; chosen in the first dialog or with /ALLUSERS, for every user (Program Files). Installing a new
; version over an old one upgrades it in place. Profiles are never in the program's folder
; (they live in %LOCALAPPDATA%\csc-desktop\profiles): installing, upgrading and uninstalling
; leave them alone. The new version backs up and upgrades each profile when it first opens it.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging\release.py does).
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\csc-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

; The identity of the program for Windows: NEVER change it, or a new version would install
; beside the old one instead of upgrading it.
#define AppId "{{7B3E5C21-4D8A-4F6B-9E2C-1A5D8F0B3C47}"
#define AppName "CSC Desktop"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Countering Serious Crime in the Western Balkans
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Per user by default; the first dialog (or /ALLUSERS, /CURRENTUSER) chooses.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=csc-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\csc-desktop.exe
UninstallDisplayName={#AppName}
; A running copy is asked to close (it takes its backup as it quits) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: files the old version had and the new one has not must
; not linger (a stale library would be loaded). Only the program's own folder is touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\csc-desktop.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\csc-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\csc-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly what it installed, never a profile.

[Code]
{ A newer version may already have upgraded the profiles' databases, which an older version
  refuses to open. So the installer does not put an older version over a newer one unless told
  to with /ALLOWDOWNGRADE=1 (e.g. to open a profile restored from an old backup). }

function NextVersionPart(var Rest: String): Integer;
var
  Dot: Integer;
begin
  Dot := Pos('.', Rest);
  if Dot = 0 then begin
    Result := StrToIntDef(Rest, 0);
    Rest := '';
  end else begin
    Result := StrToIntDef(Copy(Rest, 1, Dot - 1), 0);
    Delete(Rest, 1, Dot);
  end;
end;

{ 1 when A is newer than B, -1 when older, 0 when the same (dotted numbers: 0.10 > 0.9). }
function CompareVersions(A, B: String): Integer;
var
  I, X, Y: Integer;
begin
  Result := 0;
  for I := 1 to 4 do begin
    X := NextVersionPart(A);
    Y := NextVersionPart(B);
    if X <> Y then begin
      if X > Y then Result := 1 else Result := -1;
      Exit;
    end;
  end;
end;

{ The newest version installed on this machine, for this user or for all users ('' if none). }
function InstalledVersion(): String;
var
  Key, Found: String;
begin
  Result := '';
  Key := ExpandConstant('Software\Microsoft\Windows\CurrentVersion\Uninstall\{#AppId}_is1');
  if RegQueryStringValue(HKCU, Key, 'DisplayVersion', Found) then
    Result := Found;
  if IsWin64 and RegQueryStringValue(HKLM64, Key, 'DisplayVersion', Found) then
    if CompareVersions(Found, Result) > 0 then Result := Found;
  if RegQueryStringValue(HKLM32, Key, 'DisplayVersion', Found) then
    if CompareVersions(Found, Result) > 0 then Result := Found;
end;

function InitializeSetup(): Boolean;
var
  Installed: String;
begin
  Result := True;
  Installed := InstalledVersion();
  if (Installed = '') or (CompareVersions(Installed, '{#AppVersion}') <= 0) then
    Exit;
  if ExpandConstant('{param:ALLOWDOWNGRADE|0}') = '1' then
    Exit;
  SuppressibleMsgBox('{#AppName} ' + Installed + ' is installed, newer than this ' +
    '{#AppVersion}. Profiles it has opened cannot be opened by an older version, so ' +
    'nothing was installed.' + #13#10#13#10 + 'To install {#AppVersion} anyway, run this ' +
    'installer with /ALLOWDOWNGRADE=1.', mbError, MB_OK, IDOK);
  Result := False;
end;
