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
var programExts = map[string]bool{
	".exe": true, ".scr": true, ".pif": true, ".cpl": true, ".msi": true, ".msix": true, ".appx": true,
	".msp": true, ".msc": true, ".chm": true, ".xll": true,
	".lnk": true, ".hta": true, ".vbs": true, ".vbe": true, ".jse": true, ".wsf": true, ".wsh": true,
	".iso": true, ".img": true, ".vhd": true, ".vhdx": true,
}

// ProgramFile reports whether a file of that name runs or mounts when
// opened (programExts), by its last extension, case aside.
func ProgramFile(name string) bool {
	ext := path.Ext(strings.TrimRight(name, " ."))
	return len(ext) > 1 && len(ext) <= 6 && programExts[strings.ToLower(ext)]
}

// noteProgramName keeps name when it is a program's (ProgramFile), at
// most maxProgramNames.
func noteProgramName(names []string, name string) []string {
	if len(names) < maxProgramNames && ProgramFile(name) {
		return append(names, name)
	}
	return names
}
