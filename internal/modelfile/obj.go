package modelfile

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/decussate/decussate/internal/credits"
	"github.com/decussate/decussate/scene/geom"
)

// WriteOBJ writes the model as one self-contained Wavefront OBJ file: the
// attribution and the coordinates' meaning in the header's comments, then
// each mesh as an object ("o ID", its readable name in a comment) with
// its vertices, colours, normals and triangles. The colours ride on the
// vertices ("v x y z r g b", read by Blender, MeshLab and most slicers)
// rather than in a .mtl beside it, so that the file cannot lose them; OBJ
// has no alpha, so the glass look's translucency is not kept.
func WriteOBJ(w io.Writer, m *geom.Model, opt Options) error {
	ps, err := parts(m, opt)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	writeOBJHeader(bw, opt)
	var b []byte
	base := 1 // OBJ numbers vertices from 1 across the whole file
	for _, p := range ps {
		fmt.Fprintf(bw, "\no %s\n", p.id)
		if p.name != "" {
			fmt.Fprintf(bw, "# %s (%s)\n", oneLine(p.name), oneLine(p.group))
		}
		for k, v := range p.positions {
			c := p.color
			if p.colors != nil {
				c = p.colors[k]
			}
			b = append(b[:0], 'v')
			for _, x := range v {
				b = appendNum(append(b, ' '), x, -1)
			}
			for _, x := range c[:3] {
				b = appendNum(append(b, ' '), clamp01(x), 4)
			}
			bw.Write(append(b, '\n'))
		}
		for _, n := range p.normals {
			b = append(b[:0], "vn"...)
			for _, x := range n {
				b = appendNum(append(b, ' '), x, 5)
			}
			bw.Write(append(b, '\n'))
		}
		for t := 0; t < len(p.indices); t += 3 {
			b = append(b[:0], 'f')
			for _, i := range p.indices[t : t+3] {
				k := int64(base) + int64(i)
				b = strconv.AppendInt(append(strconv.AppendInt(append(b, ' '), k, 10), "//"...), k, 10)
			}
			bw.Write(append(b, '\n'))
		}
		base += len(p.positions)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing the OBJ: %w", err)
	}
	return nil
}

// writeOBJHeader writes the comments that open the file: what it is, its
// units and axes, and the attribution every copy must carry.
func writeOBJHeader(w io.Writer, opt Options) {
	gen := opt.Generator
	if gen == "" {
		gen = "Decussate"
	}
	fmt.Fprintf(w, "# Decussate: the human motor pathways. Written by %s.\n", oneLine(gen))
	fmt.Fprintf(w, "# Coordinates: %s, %s.\n", credits.Space, scaleName(opt.Proportions))
	fmt.Fprintln(w, "# Each object is one part of the model, named by its mesh ID; vertex colours follow x y z.")
	fmt.Fprintln(w, "# z is up: in Blender's OBJ import choose Up Axis Z and Forward Axis Y.")
	fmt.Fprintln(w, "#")
	for i, para := range credits.Data() {
		if i > 0 {
			fmt.Fprintln(w, "#")
		}
		for _, line := range wrap(para, 76) {
			fmt.Fprintf(w, "# %s\n", line)
		}
	}
}

// appendNum appends x with prec decimals, or as few as tell the float32
// apart for prec -1; "-0" is written "0" so the same model gives the same
// text on every machine.
func appendNum(b []byte, x float32, prec int) []byte {
	if x == 0 {
		return append(b, '0')
	}
	n := len(b)
	b = strconv.AppendFloat(b, float64(x), 'f', prec, 32)
	if prec > 0 {
		b = trimZeros(b, n)
	}
	if s := string(b[n:]); s == "-0" {
		b = append(b[:n], '0')
	}
	return b
}

// trimZeros drops the trailing zeros of the fixed-point number b[n:] (and
// its point when nothing follows it).
func trimZeros(b []byte, n int) []byte {
	if !strings.Contains(string(b[n:]), ".") {
		return b
	}
	for len(b) > n+1 && b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

func clamp01(x float32) float32 { return max(0, min(1, x)) }

// oneLine keeps a name on its comment's line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// wrap breaks a paragraph into lines of at most width bytes at spaces (a
// longer word stands on a line of its own).
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
