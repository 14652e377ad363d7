package links

import (
	"path"
	"strings"
)

// maxProgramNames bounds the file names noteProgramName keeps.
const maxProgramNames = 4

// programExts are the file types Windows runs, or mounts to show the
// programs inside, when the reader opens the file: executables and
// installers (an installer's patch, .msp, too), shortcuts, HTML
// applications, Windows Script Host scripts, disk images, and the
// files Windows hands to a program that runs what they hold: a
// management console (.msc, which runs its scripts in MMC), compiled HTML
// help (.chm, whose pages run script in hh.exe) and an Excel add-in
// (.xll, a DLL Excel loads). Mail services refuse them as attachments, in archives
// too, so they reach the reader only from someone who means the reader
// to run them ("Resume.pdf.lnk" zipped). Scripts developers mail each
// other as text (.js, .ps1, .bat, .cmd, .sh: a project's build files in
// a zipped assignment) are left out: opened from mail they show, or run
// only where the reader chose to.
//
// The second group keeps the types that run, install, mount or fetch
// something when opened, from Gmail's list ("File types you can't attach
// to Gmail", support.google.com/mail/answer/6590, read: .apk, .dmg,
// .appxbundle, .msixbundle, .diagcab, .jnlp, .sct, .wsc) and, from our
// knowledge of Outlook's Level 1 list ("Blocked attachments in Outlook",
// support.microsoft.com, article 434752e1-02d3-4e90-9124-8b81e49a8519,
// not read here: the stored documentation lacks it) and of how Windows'
// shell files are abused, the rest:
// ClickOnce (.application, .appref-ms) and XAML browser applications
// (.xbap), Java Web Start (.jnlp), a registry file (.reg, which
// regedit merges), a troubleshooting pack (.diagcab), a desktop gadget
// (.gadget), Windows Script Components (.sct, .wsc), a Settings shortcut
// (.settingcontent-ms, which runs its DeepLink command), an Explorer
// command file (.scf, whose icon Explorer fetches from the share it
// names), a Windows library or search connector (.library-ms,
// .searchconnector-ms: Explorer opens the folder its <url> names, a
// WebDAV share of programs; its address is read too, shortcut.go), an
// Excel web query (.iqy, which fetches a page into the sheet; read too),
// bundled app packages (.appxbundle, .msixbundle), a Mac disk image
// (.dmg) and an Android package (.apk). Left out on purpose: an Internet
// shortcut (.url, .website) and a Mac one (.webloc), whose address is
// read and judged as a link instead (a bookmark dragged into a message is
// ordinary); a setup information file (.inf, which opens in Notepad and
// comes in every zipped driver), a cabinet (.cab, an archive Explorer
// opens as a folder), a SYLK sheet (.slk, a data export accounting
// systems still write) and OneNote files (.one, .onepkg: notes people do
// send each other; since 2023 OneNote refuses to open the dangerous
// files a lure embeds, which are what runs).
var programExts = map[string]bool{
	".exe": true, ".scr": true, ".pif": true, ".cpl": true, ".msi": true, ".msix": true, ".appx": true,
	".msp": true, ".msc": true, ".chm": true, ".xll": true,
	".lnk": true, ".hta": true, ".vbs": true, ".vbe": true, ".jse": true, ".wsf": true, ".wsh": true,
	".iso": true, ".img": true, ".vhd": true, ".vhdx": true,

	".application": true, ".appref-ms": true, ".xbap": true, ".jnlp": true, ".reg": true,
	".diagcab": true, ".gadget": true, ".sct": true, ".wsc": true, ".settingcontent-ms": true, ".scf": true,
	".library-ms": true, ".searchconnector-ms": true, ".iqy": true,
	".appxbundle": true, ".msixbundle": true, ".dmg": true, ".apk": true,
}

// maxExtLen bounds the extension ProgramFile and ScriptFile look up
// (".searchconnector-ms" is the longest listed).
const maxExtLen = 20

// ProgramFile reports whether a file of that name runs or mounts when
// opened (programExts), by its last extension, case aside.
func ProgramFile(name string) bool {
	ext := path.Ext(strings.TrimRight(name, " ."))
	return len(ext) > 1 && len(ext) <= maxExtLen && programExts[strings.ToLower(ext)]
}

// scriptExts are programs too, Windows runs them when opened (a script
// in Windows Script Host, cmd.exe or, by a choice many make, PowerShell;
// a DOS .com program; a Java archive where Java is installed), but
// developers mail them to each other: a zipped repository holds
// package.json's .js files, gradlew.bat, build.cmd and build.ps1. They
// count only where they stand alone: attached to the message, uuencoded
// in its text or packed in TNEF, gzipped on their own, or in an archive
// that is no project's (archiveNames: at most maxScriptEntries files, or
// more of which none is a project's where a project keeps it or in the
// script's own folder, projectDepth), which is how script
// droppers come ("Invoice_2207.zip" holding "Invoice_2207.js", with
// decoy scans or not).
var scriptExts = map[string]bool{
	".js": true, ".bat": true, ".cmd": true, ".ps1": true, ".com": true, ".jar": true,
}

// maxScriptEntries is how many files an archive may hold for a script in
// it to count as one standing alone whatever the others are (scriptExts);
// in an archive of more, it stands alone unless one is a project's, at
// the top level, at the top of the archive's single root folder or in
// the script's own folder.
const maxScriptEntries = 3

// ScriptFile reports whether a file of that name is a script that runs
// when opened but that developers also exchange (scriptExts), by its last
// extension, case aside.
func ScriptFile(name string) bool {
	ext := path.Ext(strings.TrimRight(name, " ."))
	return len(ext) > 1 && len(ext) <= maxExtLen && scriptExts[strings.ToLower(ext)]
}

// noteProgramName keeps name when it is a program's (ProgramFile), or a
// script's (ScriptFile) when alone says the file stands alone, at most
// maxProgramNames. A gzipped file's name counts without its ".gz"
// ("Invoice.exe.gz" is Invoice.exe once opened, and 7-Zip, WinRAR and
// Windows 11 open it so).
func noteProgramName(names []string, name string, alone bool) []string {
	if len(names) >= maxProgramNames {
		return names
	}
	inner := gunzippedName(name)
	if ProgramFile(inner) || alone && ScriptFile(inner) {
		return append(names, name)
	}
	return names
}

// gunzippedName is name without a final ".gz" (case aside, Windows' trailing dots
// and spaces dropped first), or name.
func gunzippedName(name string) string {
	n := strings.TrimRight(name, " .")
	if len(n) > 3 && strings.EqualFold(n[len(n)-3:], ".gz") {
		return n[:len(n)-3]
	}
	return name
}
