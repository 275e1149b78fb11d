//go:build !js

package main

import "flag"

// parseOptions reads the command line.
func parseOptions() options {
	var o options
	flag.BoolVar(&o.fullscreen, "fullscreen", false, "start full screen, as on a classroom projector")
	flag.StringVar(&o.state, "state", "", "open a state as a link holds it, e.g. 'mode=lesion&lesion=internal_capsule.posterior_limb:L'; "+
		"a point lesion, point:X,Y,Z,R, and the camera are in MNI ICBM152 2009 millimetres (x right, y anterior, z superior)")
	flag.Parse()
	return o
}
