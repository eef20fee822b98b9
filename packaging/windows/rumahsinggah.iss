; Inno Setup script for Rumah Singgah on Windows (built by .github/workflows/windows-installer.yml
; after `pyinstaller packaging/rumahsinggah.spec`). Per-user install, no administrator rights.
;   iscc /DAppVersion=0.1.0 packaging\windows\rumahsinggah.iss
; The data folder (%LOCALAPPDATA%\RumahSinggah\RumahSinggah, from platformdirs) is not part of
; the installation: an upgrade or an uninstall never touches it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Rumah Singgah"
#define AppExe "rumahsinggah.exe"

[Setup]
; A fixed AppId: a newer installer upgrades the installed version in place.
AppId={{6B0F3C1E-5A7D-4E22-9C41-52A1D0B7C8E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Rumah Singgah
DefaultDirName={autopf}\RumahSinggah
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=RumahSinggah-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\rumahsinggah.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced during an upgrade.
CloseApplications=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder (old libraries must not linger); the data
; folder lives elsewhere and is not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\build\dist\rumahsinggah\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
