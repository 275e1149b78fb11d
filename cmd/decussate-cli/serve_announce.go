package main

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
)

// announcement returns the block serveSite prints: where Decussate is
// served and, when the server listens on every interface (0.0.0.0, :: or no
// host), the address on each of ifaceAddrs (the machine's IPv4 addresses,
// as interfaceAddrs lists them) that students on the same network open,
// then the loopback one for the teacher's own browser. A server bound to one
// address gets a single line, that address.
func announcement(addr net.Addr, ifaceAddrs []net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return fmt.Sprintf("Decussate is served at http://%s/\n", addr)
	}
	if host != "" {
		if ip, err := netip.ParseAddr(host); err != nil || !ip.IsUnspecified() {
			return fmt.Sprintf("Decussate is served at http://%s/\n", addr)
		}
	}
	var lan []string
	seen := map[netip.Addr]bool{}
	for _, a := range ifaceAddrs {
		ip, ok := ipv4Of(a)
		if !ok || ip.IsLoopback() || ip.IsUnspecified() || seen[ip] {
			continue
		}
		seen[ip] = true
		lan = append(lan, siteURL(ip.String(), port))
	}
	local := siteURL("127.0.0.1", port)
	var b strings.Builder
	// Not the bound address: "http://[::]:8080/" (as Go reports 0.0.0.0
	// too, listening on both IPv4 and IPv6) is no address to open.
	fmt.Fprintf(&b, "Decussate is served on port %s of every network interface.\n", port)
	if len(lan) == 0 {
		fmt.Fprintf(&b, "No network address found: students cannot reach this machine yet; on it, open %s\n", local)
		return b.String()
	}
	b.WriteString("Students on the same network open:\n")
	for _, u := range lan {
		fmt.Fprintf(&b, "  %s\n", u)
	}
	fmt.Fprintf(&b, "On this machine: %s\n", local)
	return b.String()
}

// siteURL is the address of the site on host and port.
func siteURL(host, port string) string {
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// ipv4Of returns the IPv4 address in a, an interface address (*net.IPNet,
// *net.IPAddr) or a bare "IP" or "IP/bits" string.
func ipv4Of(a net.Addr) (netip.Addr, bool) {
	var ip net.IP
	switch a := a.(type) {
	case *net.IPNet:
		ip = a.IP
	case *net.IPAddr:
		ip = a.IP
	default:
		s := a.String()
		if p, err := netip.ParsePrefix(s); err == nil {
			s = p.Addr().String()
		}
		parsed, err := netip.ParseAddr(s)
		if err != nil {
			return netip.Addr{}, false
		}
		parsed = parsed.Unmap()
		return parsed, parsed.Is4()
	}
	ip4 := ip.To4()
	if ip4 == nil {
		return netip.Addr{}, false
	}
	addr, _ := netip.AddrFromSlice(ip4)
	return addr, true
}

// interfaceAddrs lists the addresses of the machine's interfaces that are up
// and not loopback, in the order the system gives them, leaving out the
// virtual ones students cannot reach (see virtualInterface) unless there is
// nothing else. Errors leave an interface out: the list only helps the
// teacher tell the class where to go.
func interfaceAddrs() []net.Addr {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var real, virtual []net.Addr
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		as, err := iface.Addrs()
		if err != nil {
			continue
		}
		if virtualInterface(iface.Name) {
			virtual = append(virtual, as...)
		} else {
			real = append(real, as...)
		}
	}
	if len(real) == 0 {
		return virtual
	}
	return real
}

// virtualPrefixes start the names that container bridges, virtual
// machines' networks and VPN tunnels get on Linux, macOS and BSD.
var virtualPrefixes = []string{
	"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "podman", "cni", "flannel", "cali", "lxc", "lxd",
	"tun", "tap", "utun", "wg", "tailscale", "zt", "ipsec", "ppp",
}

// virtualInterface reports whether an interface's name is that of a
// container bridge, a virtual machine's network or a VPN tunnel: its
// address is the machine's own, not one the classroom's network reaches.
func virtualInterface(name string) bool {
	name = strings.ToLower(name)
	for _, p := range virtualPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
